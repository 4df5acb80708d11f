<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <source>I have read and &amp;accept this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channeldesk://activate?token=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the activation link you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invites %2. The invitation is valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stored in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the description above is the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetailsPage</name>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users to the new partner account. They can act in it as CRM admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountMemberModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountProfileDialog</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business e-m&amp;ail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com, https://shop.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy, Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and &amp;videos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add i&amp;mage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP, at most %1 MB; stored in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://video.example/watch?v=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vi&amp;deo link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is still here: copy what you need, then close and open the profile again to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountProfileService</name>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing your company&apos;s profile needs the CRM admin, manager or marketeer role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has users of its own: only they edit its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed: restore the partner to edit its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing a partner&apos;s profile needs the CRM admin or manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 images and videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the video&apos;s link, e.g. https://video.example/watch?v=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media item is an image or a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is not one of this profile&apos;s images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRole</name>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountUsers</name>
    <message>
        <source>Only a CRM admin of %1 may manage its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is not a user of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the e-mail address %2: add the existing user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address of a user of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has the e-mail address %1: add a new user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a user of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one CRM admin: make another user CRM admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last CRM admin of %1 cannot be removed: make another user CRM admin first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActingAsSwitcher</name>
    <message>
        <source>The user and account ChannelDesk acts as. The account decides which portal you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActingChoice</name>
    <message>
        <source>There is no user %1 in this workspace: give a user&apos;s ID or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is not a member of any account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationLinkRow</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works once and expires on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPartnerWizard</name>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationModule</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementEditorDialog</name>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent program *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sourcing agreement *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description and document belong to the agreement&apos;s versions: use Versions… to add a version and activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a syndication agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program agreement yet: create one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No syndication agreement yet: create one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Champions LLC Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partner agrees to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/agreement.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agreement&apos;s description will be shown to the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner opens the document at this http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is stored in the workspace (at most %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agreement&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines: %1 words: %2 %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>Only a CRM admin or manager of the agreement&apos;s owner may change its agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement %1 belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is the agreement&apos;s only version; an agreement keeps at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is the active version. Activate another version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is used by a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is used by %2 contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already has a distribution agreement: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementType</name>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementVersionsDialog</name>
    <message>
        <source>&amp;Add version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption of the selected version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1 of %2? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementWriter</name>
    <message>
        <source>The marketplace %1 is not one of your marketplaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace %1 already has a distribution agreement (%2, %3). A marketplace has one distribution agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent agreement %1 is not one of your program agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sourcing agreement %1 is not one of your syndication agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product group %1 is not one of your product groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the agreement&apos;s document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses are accepted for a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a document address, e.g. https://example.com/terms.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a description of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agreement&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the program agreement this distribution agreement is part of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the marketplace this distribution agreement covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the syndication agreement this service agreement sources from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description with its formatting takes %1 characters; the workspace stores at most %2. Shorten it or remove some formatting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a program, distribution, service, syndication or referral agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected agreement (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, activate or delete versions of the selected agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogAccess</name>
    <message>
        <source>Only a CRM admin or manager of a vendor account may change its products and request listings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a CRM admin or manager of a distributor or reseller account may change its marketplaces, product groups and listings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write: channeldesk server init URL [--demo] [--demo-password PASS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: channeldesk server set-password URL --email E [--password-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: channeldesk server add-user URL --email E --name NAME --account ACCOUNT --role ROLE [--password-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --%1 at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-password goes with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-password needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server set-password needs --email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server add-user needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is one of %1, not “%2”.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new demo workspace to PATH and exit. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invitation LINK to accept it (in the given or last workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: add N generated leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: add M generated partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import/export: act as the user with this ID or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import/export: act in the account with this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: only the records the directory finds for TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: sort by the directory column COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: sort in descending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export leads: only the leads created on DAY (YYYY-MM-DD, local time) or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export leads: only the leads created on DAY (YYYY-MM-DD, local time) or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export, then leads or partners, then FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: channeldesk server push FILE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be used with server push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server push needs a workspace file, then the team database as postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --workspace and --demo at most once each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with the import or export command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: channeldesk %1 leads|partners FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads or partners, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be used with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with export, not import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with export leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs a user&apos;s ID or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs an account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort needs a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --activate cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--activate needs the activation link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leads and --partners go with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyTin</name>
    <message>
        <source>Use digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: this is not a valid 10-digit TIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid 12-digit TIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TIN has 9, 10 or 12 digits (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionLoss</name>
    <message>
        <source>The connection to the team server was lost; nothing was saved. Reconnect and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractAction</name>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractActionRunner</name>
    <message>
        <source>Si&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the selected pending contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected pending contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected pending contract you issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in the selected contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected enrolled contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected contract back to enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter&amp;minate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate the selected active contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? The other party sees this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pending contract %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractCreation</name>
    <message>
        <source>The agreement %1 has no active version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already has the distribution agreement %1 of another program (%2); a marketplace has one distribution agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: restore the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the program agreement the distribution contract is part of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the %1 agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the marketplace of the distribution contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding contracts needs the CRM admin or manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed. Restore the partner before adding contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 contract is not for a %2 partner; %3 may get: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your %2 agreements with an active version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pending or active contract on the program agreement %2; a distribution contract is part of the partner&apos;s program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace %1 is not one of your marketplaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the contract %2 (%3) on this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDetails</name>
    <message>
        <source>The contract %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>The contract %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract %1 has an unknown type or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a CRM admin or CRM manager may act on contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the issuer of the contract %1 may %2 it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the partner of the contract %1 may %2 it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contract %2 is %3: it cannot be changed with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing agreements needs the CRM admin or manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active contract moves to an updated agreement version; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract %1 already uses version %2, the active one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractWindow</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated version signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;updated version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the contract to version %1 of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign updated version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing you can do with this contract now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2 is active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractWriter</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contract for one of your partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateLeadWizard</name>
    <message>
        <source>Create Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as ǌSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 million characters. Is a closing quote (&quot;) missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed: a quote (&quot;) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvSample</name>
    <message>
        <source>%1 is not a regular file (a pipe or a device?): it can be read only once. Save it to a file first, or import it with ǌhanneldesk import leads|partners %1”, which reads it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldType</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayRange</name>
    <message>
        <source>“%1” is not a date: write the day as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day, %1, comes after the last day, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVolume</name>
    <message>
        <source>Ask for 0 to %1 leads and 0 to %2 partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no listings to put leads on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data refers to an unknown object &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has accounts; the demo can only fill an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsParts</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryExport</name>
    <message>
        <source>Choose at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryLoader</name>
    <message>
        <source>The directory could not read the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>The rows cannot be sorted by “%1”; they can be sorted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows cannot be filtered by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows cannot be filtered by a range of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position does not fit the sort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryState</name>
    <message>
        <source>The saved view could not be read; it shows every column, unfiltered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sort could not be read and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved search could not be read and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved filter “%1” could not be read and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved range “%1” could not be read and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved column could not be read and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved columns could not be read; every column is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Type to filter the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day written YYYY-MM-DD (included); empty for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows as they are shown (search, filters, sort and columns) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 filter does not offer the view&apos;s value here; it shows all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This directory has no %1 filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why “%1” is disqualified. The distributor sees this reason with the lead, and the lead cannot be qualified afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: no budget this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify the lead (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditLeadDialog</name>
    <message>
        <source>Edit lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes are now in the form and yours are kept: check it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been decided and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdGenerator</name>
    <message>
        <source>Could not record a new identifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free identifier of the form %1 is left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of the file becomes a lead of %1, checked by the same rules as Create Lead. Name the listing by its product and marketplace; a row without an existing company or contact creates them from its company and contact columns. Rows that break a rule are skipped and listed with their line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of the file becomes a partner of %1, checked by the same rules as Add partner, on one of your existing program (vendor) or service (reseller) agreements. Rows that break a rule are skipped and listed with their line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import each column as (* mandatory):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not create leads in %2: that needs a CRM role in a distributor or reseller account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not add partners in %2: that needs the CRM admin or manager role in a distributor account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n columns, separated by %1; %2 of them recognised by their header.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %n rows read…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column %1 has no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 “%2”: no field has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 “%2” is a duplicate: column %3 “%4” is imported into %5 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of %1, or of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns; choose it for one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingView</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rows up to line %1 are imported; nothing after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped &amp;rows and notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2: is a delimiter or a quote out of place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The workspace %1 could not be checked for damage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). ChannelDesk does not change a damaged workspace: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk is still checking the workspace %1 for damage (it does so once, in the background, for a large workspace); changes can be saved as soon as that is done. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationLinkDialog</name>
    <message>
        <source>New invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass this new link to %1. The previous link no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>This invitation link is not valid. Ask the partner who invited you for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was withdrawn by %1. Ask them for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a CRM admin or CRM manager of %1 may revoke or resend its invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation does not exist or was not issued by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has already been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has expired already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ChannelDesk invitation link. An invitation link looks like %1…; copy the whole link from the invitation you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Pending invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending invitations. Invite a partner with Create Partner → Generate invitation link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new link for the selected invitation; the old link stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once; the partner stays Invited and its contract Pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCatalog</name>
    <message>
        <source>The listing %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead form %1 of this product is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead %1 in your portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>There is no lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason has at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDetailsWindow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for disqualification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify the lead and create its opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify the lead, giving the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product and marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default lead form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default lead form has no custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form %1 has no custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer on the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the lead was disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Qualifying the lead creates its opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify “%1”? This creates an opportunity for %2 that you own. A qualified lead cannot be disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not qualify the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disqualify the lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDirectory</name>
    <message>
        <source>There is no lead %1 in your portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDirectoryModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content distribution channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFormEditorDialog</name>
    <message>
        <source>New lead form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Backup trial requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: leads of its products are entered with this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of the ticked products are entered with this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyed fields are mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Number of seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the value is stored: a-z, 0-9 and _, starting with a letter. Follows the title until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quired: a lead cannot be created without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked after the default fields, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lead form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned when the form is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your products is listed on a marketplace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory: always shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: shown when ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not saved: see the reason at Products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFormListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFormSchema</name>
    <message>
        <source>The lead form definition is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead form names an unknown field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field “%1” has an unknown type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form has at most %1 custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” of a custom field must start with a letter and use only a-z, 0-9 and _ (at most 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” is taken by a default field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two custom fields have the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field “%1” needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of “%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice field “%1” needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice field “%1” has more than %2 choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice field “%1” lists a choice twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFormService</name>
    <message>
        <source>“%1” (%2) is already the active form for %3 on %4. A product listing has one active form: make this form inactive or leave that product out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a CRM admin, manager or marketeer of the vendor may change its lead forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead form %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead form %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product listing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing %1 is not a listing of your products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the vendor that owns the lead form %1 may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one product the form applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead form %1 belongs to another vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead form %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFormWidget</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or TIN to search every company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More companies match: type more of the name or the TIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or e-mail of the company&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching contacts of the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact of the company matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More contacts match: type more of the name or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 415 555 0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers without + are read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, e.g. 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the company first (a new company has no contacts yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TIN of the chosen company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create the lead, complete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFormsTab</name>
    <message>
        <source>Lead forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead forms yet. Leads of your products use the default form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a lead form for some of your products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected lead form (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the lead form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the lead forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no product “%1” is listed on your marketplaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several products are named “%1”; give the product&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on several of your marketplaces; name the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of your marketplaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several of your marketplaces are named “%1”; give the marketplace&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several records match “%1”; give the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the workspace matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several entries are named “%1”; give the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a lead source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or name from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or name of a product listed on your marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or name of your marketplace; may stay empty when the product is listed on only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name as the requester typed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or exact name of a company in the workspace; empty: a new company from the company columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the product&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or e-mail of a contact in the workspace; empty: a new contact from the contact columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International (+…) or national number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID, e-mail or name of a user of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field of a vendor&apos;s lead form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field of a vendor&apos;s lead form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing leads needs a CRM role in a distributor or reseller account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 on %3. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default lead form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead form “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;a href=&quot;%2:%3&quot;&gt;%4&lt;/a&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt; — you can still create the lead, or pick the existing record instead:&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>The lead %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the vendor that owns the product may qualify or disqualify a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead %1 has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating leads needs a CRM role in a distributor or reseller account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the distributor that created the lead may edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only New leads can be edited; %1 has been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product, marketplace and form of a lead cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same website domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason has at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is not one of the chosen company&apos;s contacts: pick one of them, or tick New contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a selling direction from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a campaign from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a channel from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner must be a user of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads can only be created on your own marketplaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor has changed the lead form of %1. Go back and fill in the current form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer listed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Self-generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead has been created. It is now available in both the distributor portal and the vendor (product owner) portal. Open any of the links below in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: tick to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick where the lead came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the company, or tick New company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the selling direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new company has no contacts yet: tick New contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the contact, or tick New contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsModule</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a lead for a product listed on your marketplaces (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;oduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;eated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads for your products yet. They appear here as soon as a distributor creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet on your marketplaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingRequestDialog</name>
    <message>
        <source>Request listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no published product: publish one on the Products tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no Active distribution contract for a marketplace yet: a distributor offers one, and it must be approved before products can be listed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product has a listing on every marketplace open to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingService</name>
    <message>
        <source>There is no listing %1 in your portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is listed there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s listing there is requested already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of your products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a draft: publish it before requesting its listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no Active distribution contract for this marketplace: a product can be listed only where its vendor&apos;s distribution contract is Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a listing on this marketplace already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of %1 may list or unlist its products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a draft: its vendor must publish it before it can be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Active distribution contract for %2: approve or renew it before listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing is listed: only an unlisted listing can be withdrawn (ask %1 to unlist it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead(s) came in through it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead form(s) apply to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingStatus</name>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingsTab</name>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listings yet. A vendor requests the listing of a published product on a marketplace where its distribution contract is Active; the marketplace&apos;s owner lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a distributor to list one of your published products on its marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the product on the marketplace (Create Lead offers it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering the product on the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listing is not edited: withdraw it or ask the marketplace&apos;s owner to list or unlist it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ChannelDesk workspaces (*.channeldesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the team server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect to team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;acting user or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 has no user with the e-mail address %2, so ChannelDesk cannot act as anybody there. Ask its administrator to add you (channeldesk server add-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has no users, so ChannelDesk cannot act as anybody in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team workspace %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1 (%2) in %3 · %4 portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was accepted: the partner is active and its contract signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference lists — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. ChannelDesk never overwrites a workspace; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the demo workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Leads and channel partners for software vendors and distributors, on your desktop.&lt;/p&gt;&lt;p&gt;Workspace schema %2 · Qt %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace for damage… (changes can be saved once it is done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be saved in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the workspace: another program is writing to it (%1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team server was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team server was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved since. Reconnect when the server or the network is back; what you typed stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketplaceDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the country to the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries of the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountries *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit marketplace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketplaceListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listed of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketplacePage</name>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the distributor marketplace that the customer for this lead is coming in from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketplaceService</name>
    <message>
        <source>Pick at least one country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a marketplace named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no marketplace %1 of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) came in through it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) are for it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n contract(s) are for it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketplacesTab</name>
    <message>
        <source>Marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marketplaces yet. New… adds one: vendors with a distribution contract for it can then have their products listed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New marketplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a marketplace with its countries and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected marketplace (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add user to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add existing user to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a user of this team workspace and adds it to %1. The e-mail address must not belong to another user; it is also the user&apos;s login to the team server, with the password given here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a user of this workspace and adds it to %1. The e-mail address must not belong to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a user of this workspace (for example a user of a partner account) to %1, found by e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role decides what %1 may do in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Memberships</name>
    <message>
        <source>User %1 is not a member of account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContractDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 of another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no %1 agreement with an active version yet: create one on the Agreements tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new distribution agreement for this marketplace is created under the program agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract uses the marketplace&apos;s distribution agreement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor enrolls, then you approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reseller enrolls, then you approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is Pending until the partner signs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace holds your company&apos;s leads and partners. Tell ChannelDesk who you are; you can add partners and users later (Workspace → Users and roles…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsEditorDialog</name>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsService</name>
    <message>
        <source>Writing news needs the CRM admin, manager or marketeer role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the article&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the article&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectSummary</name>
    <message>
        <source>There is no product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no marketplace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no opportunity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads visible to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk cannot show objects of the kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectWindow</name>
    <message>
        <source>%1 — not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnCompanyWindow</name>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Our company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partners see this profile on the General tab and these articles, newest first, on the News tab of their Partner Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview, description, contacts, websites and media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the profile needs the CRM admin, manager or marketeer role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the article “%1”? Partners no longer see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerActionPage</name>
    <message>
        <source>Create partner &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account for the partner and your users now, or invite the partner to complete the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is Active at once and its contract signed; you pick the users of the new account next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is Invited and its contract Pending until it opens the activation link and accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerAgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program agreement the new vendor signs with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service agreement the new reseller signs with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the program agreement the new vendor signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the service agreement the new reseller signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no %1 agreement yet: go Back and tick Create new agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerCatalog</name>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDetails</name>
    <message>
        <source>There is no partner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such file of partner %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDetailsPage</name>
    <message>
        <source>&amp;Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new &amp;agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the new partner? A vendor signs a program agreement with you; a reseller a service agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;External ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical contact e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contact e-ma&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDetailsWindow</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Partner details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole description is on the General tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not written an overview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 is saying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has shared no images or videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has published no news yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contracts between you and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the agreement is active; this contract uses version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts that can move to an updated agreement version: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign updated version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected active contract to the agreement&apos;s active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign updated version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the active version of the agreement for contract %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products of %1 are listed on your marketplaces, and none of yours on its marketplaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New co&amp;ntract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a program, distribution, service, syndication or referral contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the General tab: %1 has no users of its own yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the partner: pending contracts are deleted, active ones terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the partner active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerImport</name>
    <message>
        <source>Create partner account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: Vendor or Reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not Vendor or Reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the ID or name of one of your %1 agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of your %2 agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several of your %1 agreements are named “%2”; give the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not users of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 (%3) is invited: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor or Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own reference, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or name of your program agreement (vendors) or service agreement (resellers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (when empty) or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs, e-mails or names of users of %1 who join the new account, separated by “;” (when empty: you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing partners needs the CRM admin or manager role in a distributor account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerLifecycle</name>
    <message>
        <source>Removing and restoring partners needs the CRM admin or manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerMarketplacesPage</name>
    <message>
        <source>Marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick zero or more marketplaces: a distribution agreement under the new program agreement is created for each. You can also add them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the marketplace the new service agreement is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (already has the distribution agreement “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marketplace has at most one distribution agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner is a vendor or a reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the program agreement, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the service agreement, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the marketplace the service agreement is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the syndication agreement for this reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marketplace is picked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one user to the new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding partners needs the CRM admin or manager role in a distributor account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of your %1 agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users of %1 can be added to the new account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerStatus</name>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the activation link to your partner: it completes the registration and signs the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner account is active and its contract signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersModule</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our co&amp;mpany…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vendor or reseller with its agreements and contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own profile and news, as your partners see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingInvitationModel</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This is not a phone number. Write it with the country code, e.g. +1 415 555 0123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number in %1. For another country start with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number does not exist in its country&apos;s numbering plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>Keep it on one line, without tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the control character U+%1 (character %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only published products can be listed on distributors&apos; marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductGroupDialog</name>
    <message>
        <source>New product group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products to pick yet: your vendors&apos; published products appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductGroupListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductGroupService</name>
    <message>
        <source>You already have a product group named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product %1 is not a published product of one of your vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product group %1 of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) offer it to partners.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductGroupsPage</name>
    <message>
        <source>Product groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the product groups available to the new reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductGroupsTab</name>
    <message>
        <source>Product groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product groups yet. New… adds one from your vendors&apos; published products; service agreements offer groups to resellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group of products to offer to resellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected product group (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listed of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product the customer is interested in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the product or vendor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products are listed on your marketplaces yet. A vendor&apos;s product must be listed before leads can be created for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>You already have a product named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is listed on %n marketplace(s): it stays published until the marketplace owners unlist it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no product %1 of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) are for it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s) on marketplaces.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it is in %n product group(s) of distributors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet. New… adds one; publish it to have it listed on your distributors&apos; marketplaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product (draft or published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit or publish the selected product (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconnection</name>
    <message>
        <source>The workspace %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reconnect to the team server at %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 was changed by someone else meanwhile, so your change was not saved. Check what it is now and try again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 meanwhile, so your change was not saved. Check what it is now and try again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile, so your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 meanwhile, so your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceKind</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selling direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content distribution channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content distribution channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceListService</name>
    <message>
        <source>Only a CRM admin or CRM manager of %1 may change its reference lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired %1 named &quot;%2&quot; exists already: un-retire it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n lead(s) use it. Retire it instead: it stays on those leads and is no longer offered for new ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceListTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired entry stays on the leads that have it and is no longer offered for new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an entry that no lead uses can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-&amp;retire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePartnerDialog</name>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2)? The partner stays in the directory as Removed and can be restored later; its ended contracts are not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contracts that change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 contract on %3 (%4): deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 contract on %3 (Active): terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed product listing(s) on the terminated distribution contracts will be unlisted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewNameDialog</name>
    <message>
        <source>For example: New leads this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewService</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no directory “%1” to save views of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows cannot be limited to a range of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view is sorted by “%1”, which this directory does not sort by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view filters on “%1”, which this directory has no filter for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 directory has no column “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a view of %1 named “%2”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view name has at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search of a view has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view shows at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the view&apos;s columns is left: every column is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <source>Mana&amp;ge views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as new view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes to the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No view chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a saved view: its search, filters, sort and columns apply at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the directory as it is shown as a view, or rename or delete the chosen view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the search, filters, sort and columns the directory shows now as a view of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the view “%1” a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view “%1”? The directory keeps showing what it shows now; only the saved view goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view “%1” no longer fits the directory in every part:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a team server address (%2). Write it as postgresql://host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database name after the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace lives on a PostgreSQL server your administrator set up. Log in with your e-mail address and the password you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent team servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a keychain (for example on a server without a desktop) ChannelDesk asks for the password each time; it never writes it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ecent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name has letters, digits, dots and hyphens only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database name has no &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login (your e-mail address).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPasswordStore</name>
    <message>
        <source>The system keychain is turned off (CHANNELDESK_NO_KEYCHAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1); ChannelDesk will ask for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The change breaks a rule of the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused this: your login may not see or change it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user was changing the same records at the same moment. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server did not accept the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteHeader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagedWorkspace</name>
    <message>
        <source>The workspace %1 could not be closed completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ChannelDesk is writing the workspace %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the way of writing the workspace %2, and ChannelDesk did not leave it there. Move it away and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupWorkspace</name>
    <message>
        <source>The folder %1 for the default workspace cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyndicationPage</name>
    <message>
        <source>Syndication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the syndication (sourcing) agreement for the new reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no syndication agreement yet, and this wizard cannot create one. Cancel, open Partners → Agreements, click New agreement… and create one of type Syndication; then add the reseller again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Syndication agreements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>The workspace has a table or column named “%1”, which ChannelDesk never creates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamServerSetup</name>
    <message>
        <source>%1 is not a team server address: write postgresql://login:password@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team workspace has no logins and policies yet: it was not created by `channeldesk server init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo logins need a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema was created in %1, but its roles and policies could not be: %2 Drop and create the database again before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 was created, but the demo could not be written (nothing of it was kept): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace %1 was written, but its logins could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password for the user&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1 in this team workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the e-mail address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team workspace has no user with the e-mail address %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message numerus="yes">
        <source>The workspace is busy: another program or window has been writing to it for more than %n seconds. Nothing was saved; try again when it has finished.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>CRM admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM marketeer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;xisting user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new user and add it to this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user of this workspace, found by e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected user from this account; the user stays in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a CRM admin of %1 can add users or change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3? The user stays in the workspace and keeps any other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebsiteUrl</name>
    <message>
        <source>Enter the company&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https websites are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a website address, e.g. https://acme.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The team server at %1 did not accept the login %2 with this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server at %1 has no database &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the team server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server returned no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 was upgraded by another client while it was being opened. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the team workspace %1 to schema %2 failed: %3. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach team servers: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the team server is empty. An administrator creates the team workspace there with `channeldesk server init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not empty; a new team workspace needs an empty database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a ChannelDesk workspace. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Update ChannelDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace %1 has schema %2 and must be upgraded before it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and cannot be opened. It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk workspace (it is not a database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened or created here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a ChannelDesk workspace. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Update ChannelDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 that ChannelDesk did not create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lacks %1 of schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries the ChannelDesk mark but is not a workspace ChannelDesk made (%2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was changed by another program while it was being opened. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace %1 to schema %2 failed: %3. The workspace was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is open read-only: changes cannot be saved. Make the file and its folder writable, or copy it elsewhere, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a ChannelDesk workspace. It was left unchanged: delete it, or choose another name for a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: the file is shorter than its header says (it was cut off). It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (the file, its folder or its disk cannot be written), so ChannelDesk cannot work in it. Make it writable or copy it to a writable folder; `channeldesk export` can still read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by an older version of ChannelDesk (schema %2) and must be upgraded before it can be read, which needs it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePush</name>
    <message>
        <source>The database returned no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by an older version of ChannelDesk (schema %2; this version pushes schema %3). Open it once with this version (channeldesk --workspace FILE), which upgrades it, then push it again. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has a table %2 that the team server&apos;s schema lacks; nothing was pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server&apos;s tables %1 refer to each other in a circle; they cannot be copied one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds a ChannelDesk workspace (schema %2). Push needs an empty database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not empty: it holds tables of another program. Push needs an empty database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the schema on %1 failed at migration %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 changed while it was being copied (%2 rows counted, %3 read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push copies a workspace file to a team server; the first argument must be a file, not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push needs the team database as postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach team servers: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the team server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1 to %2 failed; the team database was left as it was (empty). %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>Enter the name of your company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Generating %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace for damage before writing to it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing: %n rows read (%1%)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the workspace: another program is writing to it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 as %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n rows in %1 s (%2 rows/s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows as %2 in %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 starts with an empty line; the login needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the login: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given; the login needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing: %1 of %2 rows copied (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 rows of %2 tables to %3 in %4 s (%5 rows/s; schema %6 s, rows %7 s at %8 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the team workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with the demo and %n login(s), password as given (default %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added user %1 (login %2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the login %1 of user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
