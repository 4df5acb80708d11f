<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <source>I have read and &amp;accept this agreement</source>
        <translation>He leído y &amp;acepto este acuerdo</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Aceptar invitación</translation>
    </message>
    <message>
        <source>channeldesk://activate?token=…</source>
        <translation>channeldesk://activate?token=…</translation>
    </message>
    <message>
        <source>Agreement description</source>
        <translation>Descripción del acuerdo</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Activation &amp;link:</source>
        <translation>&amp;Enlace de activación:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Acuerdo:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Su &amp;correo electrónico:</translation>
    </message>
    <message>
        <source>Paste the activation link you received.</source>
        <translation>Pegue el enlace de activación que recibió.</translation>
    </message>
    <message>
        <source>%1 invites %2. The invitation is valid until %3.</source>
        <translation>%1 invita a %2. La invitación es válida hasta el %3.</translation>
    </message>
    <message>
        <source>%1 (stored in the workspace)</source>
        <translation>%1 (almacenado en el espacio de trabajo)</translation>
    </message>
    <message>
        <source>None: the description above is the agreement.</source>
        <translation>Ninguno: la descripción anterior es el acuerdo.</translation>
    </message>
</context>
<context>
    <name>AccountMemberModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
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
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Sede central</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>S&amp;ector</translation>
    </message>
    <message>
        <source>&amp;Websites</source>
        <translation>Sitios &amp;web</translation>
    </message>
    <message>
        <source>&amp;Technical contact</source>
        <translation>Contacto &amp;técnico</translation>
    </message>
    <message>
        <source>Technical e-&amp;mail</source>
        <translation>Correo técnic&amp;o</translation>
    </message>
    <message>
        <source>&amp;Business contact</source>
        <translation>Contacto &amp;comercial</translation>
    </message>
    <message>
        <source>Business e-m&amp;ail</source>
        <translation>Correo comerci&amp;al</translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation>Vídeo: %1 — %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Image: %1%2</source>
        <translation>Imagen: %1%2</translation>
    </message>
    <message>
        <source>Edit profile — %1</source>
        <translation>Editar perfil — %1</translation>
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
        <translation>Italia, España</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Images and &amp;videos:</source>
        <translation>Imágenes y &amp;vídeos:</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>Imágenes y vídeos</translation>
    </message>
    <message>
        <source>Add i&amp;mage…</source>
        <translation>Añadir i&amp;magen…</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP, at most %1 MB; stored in the workspace</source>
        <translation>PNG, JPEG, GIF o WebP, como máximo %1 MB; se almacena en el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>https://video.example/watch?v=1</source>
        <translation>https://video.example/watch?v=1</translation>
    </message>
    <message>
        <source>Video &amp;title:</source>
        <translation>&amp;Título del vídeo:</translation>
    </message>
    <message>
        <source>Video lin&amp;k:</source>
        <translation>En&amp;lace del vídeo:</translation>
    </message>
    <message>
        <source>Add vi&amp;deo link</source>
        <translation>Añadir enlace de ví&amp;deo</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Añadir imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>What you typed is still here: copy what you need, then close and open the profile again to see the changes.</source>
        <translation>Lo que escribió sigue aquí: copie lo que necesite y, después, cierre y vuelva a abrir el perfil para ver los cambios.</translation>
    </message>
</context>
<context>
    <name>AccountProfileService</name>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>Editing your company&apos;s profile needs the CRM admin, manager or marketeer role.</source>
        <translation>Para editar el perfil de su empresa se necesita el rol de administrador, gerente o especialista de marketing de CRM.</translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation>%1 no es uno de sus socios.</translation>
    </message>
    <message>
        <source>%1 has users of its own: only they edit its profile.</source>
        <translation>%1 tiene sus propios usuarios: solo ellos editan su perfil.</translation>
    </message>
    <message>
        <source>%1 is removed: restore the partner to edit its profile.</source>
        <translation>%1 está eliminado: restaure el socio para editar su perfil.</translation>
    </message>
    <message>
        <source>Editing a partner&apos;s profile needs the CRM admin or manager role.</source>
        <translation>Para editar el perfil de un socio se necesita el rol de administrador o gerente de CRM.</translation>
    </message>
    <message>
        <source>Choose the image file.</source>
        <translation>Elija el archivo de imagen.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <source>The image %1 is larger than %2 MB.</source>
        <translation>La imagen %1 supera los %2 MB.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 no es una imagen PNG, JPEG, GIF ni WebP.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Esta no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>At most %1 images and videos.</source>
        <translation>Como máximo %1 imágenes y vídeos.</translation>
    </message>
    <message>
        <source>The title has at most %1 characters.</source>
        <translation>El título tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>Enter the video&apos;s link, e.g. https://video.example/watch?v=1.</source>
        <translation>Introduzca el enlace del vídeo, p. ej. https://video.example/watch?v=1.</translation>
    </message>
    <message>
        <source>A media item is an image or a video.</source>
        <translation>Un elemento multimedia es una imagen o un vídeo.</translation>
    </message>
    <message>
        <source>The profile of %1</source>
        <translation>El perfil de %1</translation>
    </message>
    <message>
        <source>The image %1 is not one of this profile&apos;s images.</source>
        <translation>La imagen %1 no es una de las imágenes de este perfil.</translation>
    </message>
</context>
<context>
    <name>AccountRole</name>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
</context>
<context>
    <name>AccountUsers</name>
    <message>
        <source>Only a CRM admin of %1 may manage its users.</source>
        <translation>Solo un administrador de CRM de %1 puede gestionar sus usuarios.</translation>
    </message>
    <message>
        <source>User %1 is not a user of %2.</source>
        <translation>El usuario %1 no es usuario de %2.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Introduzca el nombre del usuario.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>Enter the user&apos;s e-mail address.</source>
        <translation>Introduzca la dirección de correo electrónico del usuario.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Esta no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>%1 already has the e-mail address %2: add the existing user instead.</source>
        <translation>%1 ya tiene la dirección de correo electrónico %2: añada el usuario existente en su lugar.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of a user of this workspace.</source>
        <translation>Introduzca la dirección de correo electrónico de un usuario de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>No user has the e-mail address %1: add a new user instead.</source>
        <translation>Ningún usuario tiene la dirección de correo electrónico %1: añada un usuario nuevo en su lugar.</translation>
    </message>
    <message>
        <source>%1 is already a user of %2.</source>
        <translation>%1 ya es usuario de %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one CRM admin: make another user CRM admin first.</source>
        <translation>%1 necesita al menos un administrador de CRM: haga antes administrador de CRM a otro usuario.</translation>
    </message>
    <message>
        <source>The last CRM admin of %1 cannot be removed: make another user CRM admin first.</source>
        <translation>No se puede quitar al último administrador de CRM de %1: haga antes administrador de CRM a otro usuario.</translation>
    </message>
</context>
<context>
    <name>ActingAsSwitcher</name>
    <message>
        <source>The user and account ChannelDesk acts as. The account decides which portal you see.</source>
        <translation>El usuario y la cuenta con los que actúa ChannelDesk. La cuenta determina qué portal ve.</translation>
    </message>
    <message>
        <source>Acting &amp;as:</source>
        <translation>Actu&amp;ar como:</translation>
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
        <translation>No hay ningún usuario %1 en este espacio de trabajo: indique el ID o el correo electrónico de un usuario.</translation>
    </message>
    <message>
        <source>The user %1 is not a member of any account.</source>
        <translation>El usuario %1 no es miembro de ninguna cuenta.</translation>
    </message>
</context>
<context>
    <name>ActivationLinkRow</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Activation &amp;link:</source>
        <translation>&amp;Enlace de activación:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The link works once and expires on %1 at %2.</source>
        <translation>El enlace funciona una sola vez y caduca el %1 a las %2.</translation>
    </message>
</context>
<context>
    <name>AddPartnerAccountPage</name>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Datos de la cuenta</translation>
    </message>
    <message>
        <source>Add users to the new partner account. They can act in it as CRM admins.</source>
        <translation>Añada usuarios a la nueva cuenta del socio. Podrán actuar en ella como administradores de CRM.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Usuarios:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
</context>
<context>
    <name>AddPartnerActionPage</name>
    <message>
        <source>Create partner &amp;account</source>
        <translation>Crear &amp;cuenta del socio</translation>
    </message>
    <message>
        <source>Generate &amp;invitation link</source>
        <translation>Generar enlace de &amp;invitación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Create the account for the partner and your users now, or invite the partner to complete the registration.</source>
        <translation>Cree ahora la cuenta del socio y de sus usuarios, o invite al socio a completar el registro.</translation>
    </message>
    <message>
        <source>The partner is Active at once and its contract signed; you pick the users of the new account next.</source>
        <translation>El socio queda activo de inmediato y su contrato, firmado; a continuación, elegirá los usuarios de la nueva cuenta.</translation>
    </message>
    <message>
        <source>The partner is Invited and its contract Pending until it opens the activation link and accepts.</source>
        <translation>El socio queda como Invitado y su contrato como Pendiente hasta que abra el enlace de activación y acepte.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
</context>
<context>
    <name>AddPartnerAgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation>&amp;Acuerdos:</translation>
    </message>
    <message>
        <source>The program agreement the new vendor signs with you.</source>
        <translation>El acuerdo de programa que el nuevo fabricante firma con usted.</translation>
    </message>
    <message>
        <source>The service agreement the new reseller signs with you.</source>
        <translation>El acuerdo de servicio que el nuevo revendedor firma con usted.</translation>
    </message>
    <message>
        <source>Pick the program agreement the new vendor signs.</source>
        <translation>Elija el acuerdo de programa que firma el nuevo fabricante.</translation>
    </message>
    <message>
        <source>Pick the service agreement the new reseller signs.</source>
        <translation>Elija el acuerdo de servicio que firma el nuevo revendedor.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 Agreement</source>
        <translation>Acuerdo de %1</translation>
    </message>
    <message>
        <source>Existing agreements</source>
        <translation>Acuerdos existentes</translation>
    </message>
    <message>
        <source>You have no “%1” agreement yet: go Back and tick Create new agreement.</source>
        <translation>Todavía no tiene ningún acuerdo de tipo «%1»: vuelva Atrás y marque Crear nuevo acuerdo.</translation>
    </message>
</context>
<context>
    <name>AddPartnerDetailsPage</name>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Fabricante</translation>
    </message>
    <message>
        <source>&amp;Reseller</source>
        <translation>&amp;Revendedor</translation>
    </message>
    <message>
        <source>Create new &amp;agreement</source>
        <translation>Crear &amp;acuerdo nuevo</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Datos del socio</translation>
    </message>
    <message>
        <source>Who is the new partner? A vendor signs a program agreement with you; a reseller a service agreement.</source>
        <translation>¿Quién es el nuevo socio? Un fabricante firma con usted un acuerdo de programa; un revendedor, un acuerdo de servicio.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Partner &amp;name *</source>
        <translation>&amp;Nombre del socio *</translation>
    </message>
    <message>
        <source>Partner &amp;External ID (optional)</source>
        <translation>ID &amp;externo del socio (opcional)</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Atributos adicionales</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>S&amp;ector</translation>
    </message>
    <message>
        <source>&amp;Technical contact</source>
        <translation>Contacto &amp;técnico</translation>
    </message>
    <message>
        <source>Technical contact e-&amp;mail</source>
        <translation>Correo del contacto técnic&amp;o</translation>
    </message>
    <message>
        <source>&amp;Business contact</source>
        <translation>Contacto &amp;comercial</translation>
    </message>
    <message>
        <source>Business contact e-ma&amp;il</source>
        <translation>Correo del contacto comerc&amp;ial</translation>
    </message>
</context>
<context>
    <name>AddPartnerMarketplacesPage</name>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>&amp;Marketplaces:</source>
        <translation>&amp;Marketplaces:</translation>
    </message>
    <message>
        <source>Pick zero or more marketplaces: a distribution agreement under the new program agreement is created for each. You can also add them later.</source>
        <translation>Elija cero o más marketplaces: para cada uno se crea un acuerdo de distribución dentro del nuevo acuerdo de programa. También puede añadirlos más adelante.</translation>
    </message>
    <message>
        <source>Pick the marketplace the new service agreement is linked to.</source>
        <translation>Elija el marketplace al que está vinculado el nuevo acuerdo de servicio.</translation>
    </message>
    <message>
        <source>%1 — %2 (already has the distribution agreement “%3”)</source>
        <translation>%1 — %2 (ya tiene el acuerdo de distribución «%3»)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A marketplace has at most one distribution agreement.</source>
        <translation>Un marketplace tiene como máximo un acuerdo de distribución.</translation>
    </message>
</context>
<context>
    <name>AddPartnerProductGroupsPage</name>
    <message>
        <source>Product groups</source>
        <translation>Grupos de productos</translation>
    </message>
    <message>
        <source>Pick the product groups available to the new reseller.</source>
        <translation>Elija los grupos de productos disponibles para el nuevo revendedor.</translation>
    </message>
    <message>
        <source>&amp;Product groups:</source>
        <translation>&amp;Grupos de productos:</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Pass the activation link to your partner: it completes the registration and signs the contract.</source>
        <translation>Entregue el enlace de activación a su socio: con él completa el registro y firma el contrato.</translation>
    </message>
    <message>
        <source>The partner account is active and its contract signed.</source>
        <translation>La cuenta del socio está activa y su contrato, firmado.</translation>
    </message>
    <message>
        <source>Created partner</source>
        <translation>Socio creado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Socio:</translation>
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
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(creado)</translation>
    </message>
    <message>
        <source>(selected)</source>
        <translation>(seleccionado)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
</context>
<context>
    <name>AddPartnerSyndicationPage</name>
    <message>
        <source>Syndication</source>
        <translation>Sindicación</translation>
    </message>
    <message>
        <source>Pick the syndication (sourcing) agreement for the new reseller.</source>
        <translation>Elija el acuerdo de sindicación (abastecimiento) para el nuevo revendedor.</translation>
    </message>
    <message>
        <source>You have no syndication agreement yet, and this wizard cannot create one. Cancel, open Partners → Agreements, click New agreement… and create one of type Syndication; then add the reseller again.</source>
        <translation>Todavía no tiene ningún acuerdo de sindicación y este asistente no puede crearlo. Cancele, abra Socios → Acuerdos, haga clic en Nuevo acuerdo… y cree uno del tipo Sindicación; después vuelva a añadir el revendedor.</translation>
    </message>
    <message>
        <source>&amp;Syndication agreements:</source>
        <translation>Acuerdos de &amp;sindicación:</translation>
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
        <translation>Añadir socio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AdministrationModule</name>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Grupos de productos</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Web forms</source>
        <translation>Formularios web</translation>
    </message>
</context>
<context>
    <name>AgreementEditorDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Parent program *</source>
        <translation>&amp;Programa principal *</translation>
    </message>
    <message>
        <source>&amp;Marketplace *</source>
        <translation>&amp;Marketplace *</translation>
    </message>
    <message>
        <source>&amp;Sourcing agreement *</source>
        <translation>Acuerdo de &amp;abastecimiento *</translation>
    </message>
    <message>
        <source>The description and document belong to the agreement&apos;s versions: use Versions… to add a version and activate it.</source>
        <translation>La descripción y el documento pertenecen a las versiones del acuerdo: use Versiones… para añadir una versión y activarla.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Edit agreement %1</source>
        <translation>Editar acuerdo %1</translation>
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
        <translation>Elija un acuerdo de programa</translation>
    </message>
    <message>
        <source>Choose a marketplace</source>
        <translation>Elija un marketplace</translation>
    </message>
    <message>
        <source>No marketplace</source>
        <translation>Ningún marketplace</translation>
    </message>
    <message>
        <source>Choose a syndication agreement</source>
        <translation>Elija un acuerdo de sindicación</translation>
    </message>
    <message>
        <source>No program agreement yet: create one first</source>
        <translation>Todavía no hay ningún acuerdo de programa: cree uno primero</translation>
    </message>
    <message>
        <source>No syndication agreement yet: create one first</source>
        <translation>Todavía no hay ningún acuerdo de sindicación: cree uno primero</translation>
    </message>
    <message>
        <source>&amp;Marketplace</source>
        <translation>&amp;Marketplace</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Description *</source>
        <translation>&amp;Descripción *</translation>
    </message>
    <message>
        <source>Document source</source>
        <translation>Origen del documento</translation>
    </message>
    <message>
        <source>e.g. Champions LLC Agreement</source>
        <translation>p. ej. Acuerdo de Champions LLC</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Negrita (%1)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Cursiva (%1)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>What the partner agrees to</source>
        <translation>Lo que el socio acepta</translation>
    </message>
    <message>
        <source>https://example.com/agreement.pdf</source>
        <translation>https://example.com/agreement.pdf</translation>
    </message>
    <message>
        <source>Document &amp;URL:</source>
        <translation>&amp;URL del documento:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir a&amp;rchivo…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Only agreement&apos;s description will be shown to the partner</source>
        <translation>Al socio solo se le mostrará la descripción del acuerdo</translation>
    </message>
    <message>
        <source>The partner opens the document at this http or https address.</source>
        <translation>El socio abre el documento en esta dirección http o https.</translation>
    </message>
    <message>
        <source>The file is stored in the workspace (at most %1 MB).</source>
        <translation>El archivo se almacena en el espacio de trabajo (como máximo %1 MB).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Choose the agreement&apos;s document</source>
        <translation>Elija el documento del acuerdo</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.html *.htm);;All files (*)</source>
        <translation>Documentos (*.pdf *.docx *.txt *.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>lines: %1 words: %2 %3/%4</source>
        <translation>líneas: %1 palabras: %2 %3/%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Versión activa</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>Only a CRM admin or manager of the agreement&apos;s owner may change its agreements.</source>
        <translation>Solo un administrador o gerente de CRM del propietario del acuerdo puede modificar sus acuerdos.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>No existe el acuerdo %1.</translation>
    </message>
    <message>
        <source>The agreement %1 belongs to another account.</source>
        <translation>El acuerdo %1 pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>The agreement %1 has no version %2.</source>
        <translation>El acuerdo %1 no tiene la versión %2.</translation>
    </message>
    <message>
        <source>Version %1 is the agreement&apos;s only version; an agreement keeps at least one.</source>
        <translation>La versión %1 es la única versión del acuerdo; un acuerdo conserva al menos una.</translation>
    </message>
    <message>
        <source>Version %1 is the active version. Activate another version first.</source>
        <translation>La versión %1 es la versión activa. Active antes otra versión.</translation>
    </message>
    <message>
        <source>Version %1 is used by a contract.</source>
        <translation>La versión %1 la usa un contrato.</translation>
    </message>
    <message>
        <source>Version %1 is used by %2 contracts.</source>
        <translation>La versión %1 la usan %2 contratos.</translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation>No existe la versión %1.</translation>
    </message>
    <message>
        <source>Already has a distribution agreement: %1 (%2).</source>
        <translation>Ya tiene un acuerdo de distribución: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>AgreementType</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sindicación</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>AgreementVersionsDialog</name>
    <message>
        <source>&amp;Add version…</source>
        <translation>&amp;Añadir versión…</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ctivar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>Versiones de %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versiones:</translation>
    </message>
    <message>
        <source>Descri&amp;ption of the selected version:</source>
        <translation>Descri&amp;pción de la versión seleccionada:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Nueva versión de %1</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>&amp;Guardar versión</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Eliminar versión</translation>
    </message>
    <message>
        <source>Delete version %1 of %2? This cannot be undone.</source>
        <translation>¿Eliminar la versión %1 de %2? Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>AgreementWriter</name>
    <message>
        <source>The marketplace %1 is not one of your marketplaces.</source>
        <translation>El marketplace %1 no es uno de sus marketplaces.</translation>
    </message>
    <message>
        <source>The marketplace %1 already has a distribution agreement (%2, %3). A marketplace has one distribution agreement.</source>
        <translation>El marketplace %1 ya tiene un acuerdo de distribución (%2, %3). Un marketplace tiene un solo acuerdo de distribución.</translation>
    </message>
    <message>
        <source>The parent agreement %1 is not one of your program agreements.</source>
        <translation>El acuerdo principal %1 no es uno de sus acuerdos de programa.</translation>
    </message>
    <message>
        <source>The sourcing agreement %1 is not one of your syndication agreements.</source>
        <translation>El acuerdo de abastecimiento %1 no es uno de sus acuerdos de sindicación.</translation>
    </message>
    <message>
        <source>The product group %1 is not one of your product groups.</source>
        <translation>El grupo de productos %1 no es uno de sus grupos de productos.</translation>
    </message>
    <message>
        <source>Enter the address of the agreement&apos;s document.</source>
        <translation>Introduzca la dirección del documento del acuerdo.</translation>
    </message>
    <message>
        <source>Only http and https addresses are accepted for a document.</source>
        <translation>Para un documento solo se aceptan direcciones http y https.</translation>
    </message>
    <message>
        <source>This is not a document address, e.g. https://example.com/terms.pdf.</source>
        <translation>Esta no es la dirección de un documento, p. ej. https://example.com/terms.pdf.</translation>
    </message>
    <message>
        <source>Enter a description of the agreement.</source>
        <translation>Introduzca una descripción del acuerdo.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>La descripción tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Elija el archivo que desea cargar.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>El archivo supera los %1 MB.</translation>
    </message>
    <message>
        <source>Enter the agreement&apos;s name.</source>
        <translation>Introduzca el nombre del acuerdo.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>El nombre tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>Choose the program agreement this distribution agreement is part of.</source>
        <translation>Elija el acuerdo de programa del que forma parte este acuerdo de distribución.</translation>
    </message>
    <message>
        <source>Choose the marketplace this distribution agreement covers.</source>
        <translation>Elija el marketplace que cubre este acuerdo de distribución.</translation>
    </message>
    <message>
        <source>Choose the syndication agreement this service agreement sources from.</source>
        <translation>Elija el acuerdo de sindicación del que se abastece este acuerdo de servicio.</translation>
    </message>
    <message>
        <source>The description with its formatting takes %1 characters; the workspace stores at most %2. Shorten it or remove some formatting.</source>
        <translation>La descripción con su formato ocupa %1 caracteres; el espacio de trabajo almacena como máximo %2. Acórtela o quite parte del formato.</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nuevo acuerdo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Todavía no hay acuerdos.</translation>
    </message>
    <message>
        <source>Create a program, distribution, service, syndication or referral agreement</source>
        <translation>Crear un acuerdo de programa, distribución, servicio, sindicación o referencia</translation>
    </message>
    <message>
        <source>Rename the selected agreement (or press Enter on it)</source>
        <translation>Cambiar el nombre del acuerdo seleccionado (o pulse Intro sobre él)</translation>
    </message>
    <message>
        <source>Add, activate or delete versions of the selected agreement</source>
        <translation>Añadir, activar o eliminar versiones del acuerdo seleccionado</translation>
    </message>
    <message>
        <source>Could not show the agreements</source>
        <translation>No se pudieron mostrar los acuerdos</translation>
    </message>
    <message>
        <source>Could not open the agreement</source>
        <translation>No se pudo abrir el acuerdo</translation>
    </message>
    <message>
        <source>Could not show the versions</source>
        <translation>No se pudieron mostrar las versiones</translation>
    </message>
</context>
<context>
    <name>ApiIdempotency</name>
    <message>
        <source>The Idempotency-Key header is empty.</source>
        <translation>La cabecera Idempotency-Key está vacía.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header has at most %1 characters.</source>
        <translation>La cabecera Idempotency-Key tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header takes printable ASCII characters without spaces.</source>
        <translation>La cabecera Idempotency-Key admite caracteres ASCII imprimibles sin espacios.</translation>
    </message>
    <message>
        <source>A request with this Idempotency-Key was answered already.</source>
        <translation>Ya se respondió a una solicitud con esta Idempotency-Key.</translation>
    </message>
</context>
<context>
    <name>ApiKeyCommand</name>
    <message>
        <source>Created API key %1 “%2”: it acts as %3 (%4) in %5. The key follows on standard output; keep it secret, it is not shown again.</source>
        <translation>Clave de API %1 «%2» creada: actúa como %3 (%4) en %5. La clave sigue en la salida estándar; manténgala en secreto, no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Revoked API key %1 “%2”: it no longer works.</source>
        <translation>Clave de API %1 «%2» revocada: ya no funciona.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) of %1</source>
        <translation>
            <numerusform>%n clave de API de %1</numerusform>
            <numerusform>%n claves de API de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key starts with</source>
        <translation>La clave empieza por</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>Actúa como</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Revoked on %1 by %2</source>
        <translation>Revocada el %1 por %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocada el %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
</context>
<context>
    <name>ApiKeyService</name>
    <message>
        <source>Only a CRM admin of %1 may manage its API keys.</source>
        <translation>Solo un administrador de CRM de %1 puede gestionar sus claves de API.</translation>
    </message>
    <message>
        <source>%1 has no API key %2.</source>
        <translation>%1 no tiene ninguna clave de API %2.</translation>
    </message>
    <message>
        <source>The API key is not valid: it is unknown or was revoked, or its user no longer has its role in its account.</source>
        <translation>La clave de API no es válida: es desconocida o fue revocada, o su usuario ya no tiene su rol en su cuenta.</translation>
    </message>
    <message>
        <source>Give the key a name that says what it is for, such as the website that sends the leads.</source>
        <translation>Dé a la clave un nombre que diga para qué sirve, como el sitio web que envía los candidatos.</translation>
    </message>
    <message>
        <source>A key&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>El nombre de una clave tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>API key %1 (“%2”) was already revoked on %3.</source>
        <translation>La clave de API %1 («%2») ya se revocó el %3.</translation>
    </message>
    <message>
        <source>API key %1 was revoked meanwhile by someone else.</source>
        <translation>Otra persona revocó entretanto la clave de API %1.</translation>
    </message>
    <message>
        <source>This is not a ChannelDesk API key: a key is “%1” followed by 43 letters, digits, “-” or “_”.</source>
        <translation>Esto no es una clave de API de ChannelDesk: una clave es «%1» seguido de 43 letras, dígitos, «-» o «_».</translation>
    </message>
</context>
<context>
    <name>ApiKeysTab</name>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Nueva clave…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>No API keys yet. A key lets your website or another program send leads to the REST API; create one with New key…</source>
        <translation>Aún no hay claves de API. Una clave permite a su sitio web u otro programa enviar candidatos a la API REST; cree una con Nueva clave…</translation>
    </message>
    <message>
        <source>Create a key for the REST API; it is shown once</source>
        <translation>Crear una clave para la API REST; se muestra una sola vez</translation>
    </message>
    <message>
        <source>Revoke the selected key: it stops working at once</source>
        <translation>Revocar la clave seleccionada: deja de funcionar al instante</translation>
    </message>
    <message>
        <source>Could not show the API keys</source>
        <translation>No se pudieron mostrar las claves de API</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <source>Revoke the API key “%1” (%2)? Programs that send it are refused from now on. This cannot be undone.</source>
        <translation>¿Revocar la clave de API «%1» (%2)? Los programas que la envíen serán rechazados desde ahora. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>AppLanguage</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>CatalogAccess</name>
    <message>
        <source>Only a CRM admin or manager of a vendor account may change its products and request listings.</source>
        <translation>Solo un administrador o gerente de CRM de una cuenta de fabricante puede modificar sus productos y solicitar publicaciones.</translation>
    </message>
    <message>
        <source>Only a CRM admin or manager of a distributor or reseller account may change its marketplaces, product groups and listings.</source>
        <translation>Solo un administrador o gerente de CRM de una cuenta de distribuidor o revendedor puede modificar sus marketplaces, grupos de productos y publicaciones.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Eliminar la fila seleccionada</translation>
    </message>
    <message>
        <source>Could not show the list</source>
        <translation>No se pudo mostrar la lista</translation>
    </message>
    <message>
        <source>Could not open the editor</source>
        <translation>No se pudo abrir el editor</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>¿Eliminar %1 (%2)? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write: channeldesk server init URL [--demo] [--demo-password PASS]</source>
        <translation>Escriba: channeldesk server init URL [--demo] [--demo-password CONTRASEÑA]</translation>
    </message>
    <message>
        <source>Write: channeldesk server set-password URL --email E [--password-file F]</source>
        <translation>Escriba: channeldesk server set-password URL --email E [--password-file F]</translation>
    </message>
    <message>
        <source>Write: channeldesk server add-user URL --email E --name NAME --account ACCOUNT --role ROLE [--password-file F]</source>
        <translation>Escriba: channeldesk server add-user URL --email E --name NOMBRE --account CUENTA --role ROL [--password-file F]</translation>
    </message>
    <message>
        <source>Give --%1 at most once.</source>
        <translation>Indique --%1 como máximo una vez.</translation>
    </message>
    <message>
        <source>--demo-password goes with --demo.</source>
        <translation>--demo-password va con --demo.</translation>
    </message>
    <message>
        <source>--demo-password needs a password.</source>
        <translation>--demo-password necesita una contraseña.</translation>
    </message>
    <message>
        <source>--password-file needs a file path.</source>
        <translation>--password-file necesita la ruta de un archivo.</translation>
    </message>
    <message>
        <source>server set-password needs --email.</source>
        <translation>server set-password necesita --email.</translation>
    </message>
    <message>
        <source>server add-user needs --%1.</source>
        <translation>server add-user necesita --%1.</translation>
    </message>
    <message>
        <source>--role is one of %1, not “%2”.</source>
        <translation>--role es uno de %1, no «%2».</translation>
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
        <translation>ChannelDesk: candidatos y socios de canal, en su escritorio.

Sin un comando, se abre la ventana. Comandos:
  import leads|partners ARCHIVO  Importa las filas del archivo CSV ARCHIVO (UTF-8;
      separado por comas, punto y coma o tabuladores); las columnas se asignan a
      los campos por su encabezado. El progreso y las filas omitidas con sus números
      de línea van a stderr; el resumen, a stdout.
  export leads|partners ARCHIVO  Escribe el directorio, según lo elijan --search,
      --sort y --desc (en candidatos también --created-from y --created-to), en el
      archivo CSV ARCHIVO.
Ambos actúan como --as en --account (por defecto: el usuario y la cuenta propios
del espacio de trabajo), en --workspace (por defecto: el último espacio de trabajo
o el predeterminado).
  server init URL [--demo] [--demo-password CONTRASEÑA]  Crea un espacio de trabajo
      de equipo (esquema, roles, seguridad a nivel de fila) en la base de datos
      PostgreSQL vacía URL; con --demo, también la demostración y un inicio de sesión
      por cada usuario de demostración (contraseña channeldesk-demo).
  server add-user URL --email E --name NOMBRE --account CUENTA --role ROL
      [--password-file F]  Añade un usuario, su pertenencia y su inicio de sesión (la
      dirección de correo electrónico); la contraseña es la primera línea de F o,
      si no, se pide en el terminal.
  server set-password URL --email E [--password-file F]  Crea o cambia el inicio de
      sesión del usuario con el correo electrónico E (por ejemplo, después de
      server push).
  server push ARCHIVO URL  Copia el archivo de espacio de trabajo ARCHIVO (cada
      registro con su ID, el historial y los archivos almacenados) en la base de
      datos de equipo vacía URL
      (postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE). ARCHIVO solo se lee.

Códigos de salida: 0 hecho (import: se importaron todas las filas); 1 error;
2 línea de comandos incorrecta; 3 import: se omitieron algunas filas.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation>Abre el archivo de espacio de trabajo RUTA.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Write a new demo workspace to PATH and exit. An existing file is never overwritten.</source>
        <translation>Escribe un nuevo espacio de trabajo de demostración en RUTA y sale. Nunca se sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <source>Open the invitation LINK to accept it (in the given or last workspace).</source>
        <translation>Abre el ENLACE de invitación para aceptarla (en el espacio de trabajo indicado o en el último).</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>ENLACE</translation>
    </message>
    <message>
        <source>With --demo: add N generated leads.</source>
        <translation>Con --demo: añade N candidatos generados.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --demo: add M generated partners.</source>
        <translation>Con --demo: añade M socios generados.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>import/export: act as the user with this ID or e-mail.</source>
        <translation>import/export: actúa como el usuario con este ID o correo electrónico.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>import/export: act in the account with this ID.</source>
        <translation>import/export: actúa en la cuenta con este ID.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>export: only the records the directory finds for TEXT.</source>
        <translation>export: solo los registros que el directorio encuentra para TEXTO.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>export: sort by the directory column COLUMN.</source>
        <translation>export: ordena por la columna COLUMNA del directorio.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUMNA</translation>
    </message>
    <message>
        <source>export: sort in descending order.</source>
        <translation>export: ordena en orden descendente.</translation>
    </message>
    <message>
        <source>export leads: only the leads created on DAY (YYYY-MM-DD, local time) or later.</source>
        <translation>export leads: solo los candidatos creados el DÍA (AAAA-MM-DD, hora local) o después.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DÍA</translation>
    </message>
    <message>
        <source>export leads: only the leads created on DAY (YYYY-MM-DD, local time) or earlier.</source>
        <translation>export leads: solo los candidatos creados el DÍA (AAAA-MM-DD, hora local) o antes.</translation>
    </message>
    <message>
        <source>import or export, then leads or partners, then FILE.</source>
        <translation>import o export, después leads o partners y, después, ARCHIVO.</translation>
    </message>
    <message>
        <source>Write: channeldesk server push FILE URL</source>
        <translation>Escriba: channeldesk server push ARCHIVO URL</translation>
    </message>
    <message>
        <source>--%1 cannot be used with server push.</source>
        <translation>--%1 no se puede usar con server push.</translation>
    </message>
    <message>
        <source>server push needs a workspace file, then the team database as postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE.</source>
        <translation>server push necesita un archivo de espacio de trabajo y, después, la base de datos de equipo como postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Give --workspace and --demo at most once each.</source>
        <translation>Indique --workspace y --demo como máximo una vez cada uno.</translation>
    </message>
    <message>
        <source>--%1 goes with the import or export command.</source>
        <translation>--%1 va con el comando import o export.</translation>
    </message>
    <message>
        <source>Write: channeldesk %1 leads|partners FILE</source>
        <translation>Escriba: channeldesk %1 leads|partners ARCHIVO</translation>
    </message>
    <message>
        <source>%1 leads or partners, not “%2”.</source>
        <translation>%1 leads o partners, no «%2».</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>--%1 cannot be used with %2.</source>
        <translation>--%1 no se puede usar con %2.</translation>
    </message>
    <message>
        <source>--%1 goes with export, not import.</source>
        <translation>--%1 va con export, no con import.</translation>
    </message>
    <message>
        <source>--%1 goes with export leads.</source>
        <translation>--%1 va con export leads.</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 necesita la ruta de un archivo.</translation>
    </message>
    <message>
        <source>--as needs a user&apos;s ID or e-mail.</source>
        <translation>--as necesita el ID o el correo electrónico de un usuario.</translation>
    </message>
    <message>
        <source>--account needs an account ID.</source>
        <translation>--account necesita el ID de una cuenta.</translation>
    </message>
    <message>
        <source>--sort needs a column.</source>
        <translation>--sort necesita una columna.</translation>
    </message>
    <message>
        <source>--%1 needs a day (YYYY-MM-DD).</source>
        <translation>--%1 necesita un día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>--workspace needs a file path.</source>
        <translation>--workspace necesita la ruta de un archivo.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo y --workspace no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--demo and --activate cannot be used together.</source>
        <translation>--demo y --activate no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--activate needs the activation link.</source>
        <translation>--activate necesita el enlace de activación.</translation>
    </message>
    <message>
        <source>--leads and --partners go with --demo.</source>
        <translation>--leads y --partners van con --demo.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation>--%1 necesita un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>--demo needs a file path.</source>
        <translation>--demo necesita la ruta de un archivo.</translation>
    </message>
    <message>
        <source>

import-mail FILE.eml [--workspace PATH]: open the window with Create Lead filled in from the customer&apos;s e-mail FILE.eml (sender, company, subject and text; up to 10 MB); you pick the product and marketplace, nothing is saved until Create. A file that is no e-mail is refused with exit code 1.</source>
        <translation>

import-mail FILE.eml [--workspace PATH]: abre la ventana con Crear candidato rellenado a partir del correo del cliente FILE.eml (remitente, empresa, asunto y texto; hasta 10 MB); usted elige el producto y el marketplace, y nada se guarda hasta Crear. Un archivo que no es un correo se rechaza con el código de salida 1.</translation>
    </message>
    <message>
        <source>Write: channeldesk import-mail FILE.eml [--workspace PATH]</source>
        <translation>Escriba: channeldesk import-mail FILE.eml [--workspace PATH]</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key create --workspace W --as USER --account ACCOUNT --name NAME</source>
        <translation>Escriba: channeldesk api-key create --workspace W --as USUARIO --account CUENTA --name NOMBRE</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key revoke ID --workspace W --as USER --account ACCOUNT</source>
        <translation>Escriba: channeldesk api-key revoke ID --workspace W --as USUARIO --account CUENTA</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key list --workspace W --as USER --account ACCOUNT</source>
        <translation>Escriba: channeldesk api-key list --workspace W --as USUARIO --account CUENTA</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key create|list|revoke …</source>
        <translation>Escriba: channeldesk api-key create|list|revoke …</translation>
    </message>
    <message>
        <source>api-key create, list or revoke, not “%1”.</source>
        <translation>api-key create, list o revoke, no «%1».</translation>
    </message>
    <message>
        <source>api-key %1 needs --%2.</source>
        <translation>api-key %1 necesita --%2.</translation>
    </message>
    <message>
        <source>api-key create needs --name.</source>
        <translation>api-key create necesita --name.</translation>
    </message>
    <message>
        <source>--name goes with api-key create.</source>
        <translation>--name va con api-key create.</translation>
    </message>
    <message>
        <source>“%1” is not an API key ID (%2).</source>
        <translation>«%1» no es un ID de clave de API (%2).</translation>
    </message>
    <message>
        <source>Keys of the REST API (W: a workspace file or a team server&apos;s postgresql:// URL):
  api-key create --workspace W --as USER --account ACCOUNT --name NAME  Create a key
      acting as USER, a CRM admin of ACCOUNT. Only the key goes to stdout, once: it
      is never shown again.
  api-key list --workspace W --as USER --account ACCOUNT  The account&apos;s keys.
  api-key revoke ID --workspace W --as USER --account ACCOUNT  Revoke a key at once.</source>
        <translation>Claves de la API REST (W: un archivo de espacio de trabajo o la URL postgresql:// de un
servidor de equipo):
  api-key create --workspace W --as USER --account ACCOUNT --name NAME  Crear una clave
      que actúa como USER, administrador de CRM de ACCOUNT. Solo la clave va a stdout,
      una vez: no se vuelve a mostrar.
  api-key list --workspace W --as USER --account ACCOUNT  Las claves de la cuenta.
  api-key revoke ID --workspace W --as USER --account ACCOUNT  Revocar una clave al
      instante.</translation>
    </message>
    <message>
        <source>Write: channeldesk serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]</source>
        <translation>Escriba: channeldesk serve --workspace W [--listen HOST:PUERTO] [--tls-cert ARCHIVO --tls-key ARCHIVO]</translation>
    </message>
    <message>
        <source>serve needs --workspace.</source>
        <translation>serve necesita --workspace.</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, for example 127.0.0.1:8080 or [::1]:8080 (port 0: any free port).</source>
        <translation>--listen admite HOST:PUERTO, por ejemplo 127.0.0.1:8080 o [::1]:8080 (puerto 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS necesita --tls-cert y --tls-key.</translation>
    </message>
    <message>
        <source>

serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]: receive leads over HTTP (the REST API and published web forms) into the workspace W until stopped with Ctrl+C or SIGTERM; listens on 127.0.0.1:8080 unless told otherwise, HTTPS with a certificate and its key (PEM). One line per request on stdout.</source>
        <translation>

serve --workspace W [--listen HOST:PUERTO] [--tls-cert ARCHIVO --tls-key ARCHIVO]: recibe candidatos por HTTP (la API REST y los formularios web publicados) en el espacio de trabajo W hasta detenerlo con Ctrl+C o SIGTERM; escucha en 127.0.0.1:8080 salvo que se indique otra cosa, HTTPS con un certificado y su clave (PEM). Una línea por petición en stdout.</translation>
    </message>
</context>
<context>
    <name>CompanyTin</name>
    <message>
        <source>Use digits only.</source>
        <translation>Use solo dígitos.</translation>
    </message>
    <message>
        <source>The check digit does not match: this is not a valid 10-digit TIN.</source>
        <translation>El dígito de control no coincide: este no es un NIF válido de 10 dígitos.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid 12-digit TIN.</source>
        <translation>Los dígitos de control no coinciden: este no es un NIF válido de 12 dígitos.</translation>
    </message>
    <message>
        <source>A TIN has 9, 10 or 12 digits (this one has %1).</source>
        <translation>Un NIF tiene 9, 10 o 12 dígitos (este tiene %1).</translation>
    </message>
</context>
<context>
    <name>ConnectionLoss</name>
    <message>
        <source>The connection to the team server was lost; nothing was saved. Reconnect and try again.</source>
        <translation>Se perdió la conexión con el servidor de equipo; no se guardó nada. Vuelva a conectarse e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ContractAction</name>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscribirse</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Rescindir</translation>
    </message>
</context>
<context>
    <name>ContractActionRunner</name>
    <message>
        <source>Si&amp;gn</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>Sign the selected pending contract</source>
        <translation>Firmar el contrato pendiente seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>Reject the selected pending contract</source>
        <translation>Rechazar el contrato pendiente seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected pending contract you issued</source>
        <translation>Eliminar el contrato pendiente seleccionado que usted emitió</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscribirse</translation>
    </message>
    <message>
        <source>Enroll in the selected contract</source>
        <translation>Inscribirse en el contrato seleccionado</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve the selected enrolled contract</source>
        <translation>Aprobar el contrato inscrito seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;fine</source>
        <translation>Re&amp;visar</translation>
    </message>
    <message>
        <source>Send the selected contract back to enrolling</source>
        <translation>Devolver el contrato seleccionado a inscripción</translation>
    </message>
    <message>
        <source>Ter&amp;minate…</source>
        <translation>Resci&amp;ndir…</translation>
    </message>
    <message>
        <source>Terminate the selected active contract</source>
        <translation>Rescindir el contrato activo seleccionado</translation>
    </message>
    <message>
        <source>Reject contract %1</source>
        <translation>Rechazar el contrato %1</translation>
    </message>
    <message>
        <source>Terminate contract %1</source>
        <translation>Rescindir el contrato %1</translation>
    </message>
    <message>
        <source>Why? The other party sees this note.</source>
        <translation>¿Por qué? La otra parte ve esta nota.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (opcional):</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>Eliminar contrato</translation>
    </message>
    <message>
        <source>Delete the pending contract %1? An invitation link sent for it stops working. This cannot be undone.</source>
        <translation>¿Eliminar el contrato pendiente %1? Un enlace de invitación enviado para él dejará de funcionar. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not change the contract</source>
        <translation>No se pudo modificar el contrato</translation>
    </message>
</context>
<context>
    <name>ContractCreation</name>
    <message>
        <source>The agreement %1 has no active version.</source>
        <translation>El acuerdo %1 no tiene ninguna versión activa.</translation>
    </message>
    <message>
        <source>Already has the distribution agreement %1 of another program (%2); a marketplace has one distribution agreement.</source>
        <translation>Ya tiene el acuerdo de distribución %1 de otro programa (%2); un marketplace tiene un solo acuerdo de distribución.</translation>
    </message>
    <message>
        <source>Removed: restore the partner first.</source>
        <translation>Eliminado: restaure antes el socio.</translation>
    </message>
    <message>
        <source>Pick the partner.</source>
        <translation>Elija el socio.</translation>
    </message>
    <message>
        <source>Pick the program agreement the distribution contract is part of.</source>
        <translation>Elija el acuerdo de programa del que forma parte el contrato de distribución.</translation>
    </message>
    <message>
        <source>Pick the marketplace of the distribution contract.</source>
        <translation>Elija el marketplace del contrato de distribución.</translation>
    </message>
    <message>
        <source>Adding contracts needs the CRM admin or manager role.</source>
        <translation>Para añadir contratos se necesita el rol de administrador o gerente de CRM.</translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation>%1 no es uno de sus socios.</translation>
    </message>
    <message>
        <source>%1 is removed. Restore the partner before adding contracts.</source>
        <translation>%1 está eliminado. Restaure el socio antes de añadir contratos.</translation>
    </message>
    <message>
        <source>%1 has no pending or active contract on the program agreement %2; a distribution contract is part of the partner&apos;s program.</source>
        <translation>%1 no tiene ningún contrato pendiente o activo en el acuerdo de programa %2; un contrato de distribución forma parte del programa del socio.</translation>
    </message>
    <message>
        <source>The marketplace %1 is not one of your marketplaces.</source>
        <translation>El marketplace %1 no es uno de sus marketplaces.</translation>
    </message>
    <message>
        <source>%1 already has the contract %2 (%3) on this agreement.</source>
        <translation>%1 ya tiene el contrato %2 (%3) en este acuerdo.</translation>
    </message>
    <message>
        <source>Pick the “%1” agreement.</source>
        <translation>Elija el acuerdo de tipo «%1».</translation>
    </message>
    <message>
        <source>A “%1” contract is not for a “%2” partner; %3 may get: %4.</source>
        <translation>Un contrato de tipo «%1» no es para un socio de tipo «%2»; %3 puede recibir: %4.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 is not one of your “%2” agreements with an active version.</source>
        <translation>%1 no es uno de sus acuerdos de tipo «%2» con una versión activa.</translation>
    </message>
</context>
<context>
    <name>ContractDetails</name>
    <message>
        <source>The contract %1 does not exist.</source>
        <translation>El contrato %1 no existe.</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>The contract %1 does not exist.</source>
        <translation>El contrato %1 no existe.</translation>
    </message>
    <message>
        <source>The contract %1 has an unknown type or status.</source>
        <translation>El contrato %1 tiene un tipo o un estado desconocido.</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrato %1</translation>
    </message>
    <message>
        <source>Only a CRM admin or CRM manager may act on contracts.</source>
        <translation>Solo un administrador o gerente de CRM puede actuar sobre los contratos.</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>La nota puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Signing agreements needs the CRM admin or manager role.</source>
        <translation>Para firmar acuerdos se necesita el rol de administrador o gerente de CRM.</translation>
    </message>
    <message>
        <source>Only an active contract moves to an updated agreement version; %1 is %2.</source>
        <translation>Solo un contrato activo pasa a una versión actualizada del acuerdo; %1 está en estado %2.</translation>
    </message>
    <message>
        <source>The contract %1 already uses version %2, the active one.</source>
        <translation>El contrato %1 ya usa la versión %2, la activa.</translation>
    </message>
    <message>
        <source>Only the issuer of the contract %1 can choose “%2”.</source>
        <translation>Solo el emisor del contrato %1 puede elegir «%2».</translation>
    </message>
    <message>
        <source>Only the partner of the contract %1 can choose “%2”.</source>
        <translation>Solo el socio del contrato %1 puede elegir «%2».</translation>
    </message>
    <message>
        <source>The “%1” contract %2 is %3: “%4” cannot change it.</source>
        <translation>El contrato %2 de tipo «%1» está en estado %3: «%4» no puede modificarlo.</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Enrolling</source>
        <translation>En inscripción</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
</context>
<context>
    <name>ContractWindow</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Sent back to enrolling</source>
        <translation>Devuelto a inscripción</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <source>Updated version signed</source>
        <translation>Versión actualizada firmada</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>versión %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>the partner was removed</source>
        <translation>el socio fue eliminado</translation>
    </message>
    <message>
        <source>%1 — Contract</source>
        <translation>%1 — Contrato</translation>
    </message>
    <message>
        <source>%1 contract</source>
        <translation>Contrato de %1</translation>
    </message>
    <message>
        <source>Contract ID</source>
        <translation>ID del contrato</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Sign &amp;updated version</source>
        <translation>Firmar versión actuali&amp;zada</translation>
    </message>
    <message>
        <source>Move the contract to version %1 of the agreement</source>
        <translation>Pasar el contrato a la versión %1 del acuerdo</translation>
    </message>
    <message>
        <source>Sign updated version</source>
        <translation>Firmar versión actualizada</translation>
    </message>
    <message>
        <source>There is nothing you can do with this contract now.</source>
        <translation>Ahora no puede hacer nada con este contrato.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>%1 (version %2 is active)</source>
        <translation>%1 (la versión %2 está activa)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
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
        <translation>Contratos</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Nuevo contrato…</translation>
    </message>
    <message>
        <source>No contracts yet.</source>
        <translation>Todavía no hay contratos.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Add a contract for one of your partners</source>
        <translation>Añadir un contrato para uno de sus socios</translation>
    </message>
    <message>
        <source>Could not show the contracts</source>
        <translation>No se pudieron mostrar los contratos</translation>
    </message>
</context>
<context>
    <name>CreateLeadFormPage</name>
    <message>
        <source>Lead</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>%1 for %2 on %3. Fields marked * are required.</source>
        <translation>%1 para %2 en %3. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Default lead form</source>
        <translation>Formulario de candidatos predeterminado</translation>
    </message>
    <message>
        <source>Lead form “%1”</source>
        <translation>Formulario de candidatos «%1»</translation>
    </message>
    <message>
        <source>%1: &lt;a href=&quot;%2:%3&quot;&gt;%4&lt;/a&gt; (%3)</source>
        <translation>%1: &lt;a href=&quot;%2:%3&quot;&gt;%4&lt;/a&gt; (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt; — you can still create the lead, or pick the existing record instead:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Posibles duplicados&lt;/b&gt;: puede crear el candidato de todos modos o elegir en su lugar el registro existente:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>CreateLeadMarketplacePage</name>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Choose the distributor marketplace that the customer for this lead is coming in from.</source>
        <translation>Elija el marketplace del distribuidor por el que llega el cliente de este candidato.</translation>
    </message>
    <message>
        <source>&amp;Marketplaces:</source>
        <translation>&amp;Marketplaces:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
</context>
<context>
    <name>CreateLeadProductPage</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Choose the product the customer is interested in.</source>
        <translation>Elija el producto que le interesa al cliente.</translation>
    </message>
    <message>
        <source>Type part of the product or vendor name</source>
        <translation>Escriba parte del nombre del producto o del fabricante</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Productos:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No products are listed on your marketplaces yet. A vendor&apos;s product must be listed before leads can be created for it.</source>
        <translation>Todavía no hay productos publicados en sus marketplaces. El producto de un fabricante debe estar publicado antes de poder crear candidatos para él.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
</context>
<context>
    <name>CreateLeadSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Created lead</source>
        <translation>Candidato creado</translation>
    </message>
    <message>
        <source>The lead has been created. It is now available in both the distributor portal and the vendor (product owner) portal. Open any of the links below in a window of its own.</source>
        <translation>Se ha creado el candidato. Ya está disponible tanto en el portal del distribuidor como en el portal del fabricante (propietario del producto). Abra cualquiera de los enlaces siguientes en su propia ventana.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Origen del candidato</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>CreateLeadWizard</name>
    <message>
        <source>Create Lead</source>
        <translation>Crear candidato</translation>
    </message>
    <message>
        <source>&amp;Go to Details</source>
        <translation>&amp;Ir a los detalles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as “CSV UTF-8” and try again.</source>
        <translation>Línea %1: el archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 million characters. Is a closing quote (&quot;) missing?</source>
        <translation>Línea %1: el registro tiene más de %2 millones de caracteres. ¿Faltan unas comillas de cierre (&quot;)?</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed: a quote (&quot;) is missing.</source>
        <translation>Línea %1: un campo entre comillas nunca se cierra: faltan unas comillas (&quot;).</translation>
    </message>
</context>
<context>
    <name>CsvSample</name>
    <message>
        <source>%1 is not a regular file (a pipe or a device?): it can be read only once. Save it to a file first, or import it with “channeldesk import leads|partners %1”, which reads it once.</source>
        <translation>%1 no es un archivo normal (¿una tubería o un dispositivo?): solo se puede leer una vez. Guárdelo antes en un archivo o impórtelo con «channeldesk import leads|partners %1», que lo lee una sola vez.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>El archivo está vacío: no tiene línea de encabezado.</translation>
    </message>
</context>
<context>
    <name>CustomFieldListModel</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>CustomFieldType</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Casilla de verificación</translation>
    </message>
</context>
<context>
    <name>DayRange</name>
    <message>
        <source>“%1” is not a date: write the day as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>«%1» no es una fecha: escriba el día como AAAA-MM-DD, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
        <source>The first day, %1, comes after the last day, %2.</source>
        <translation>El primer día, %1, es posterior al último día, %2.</translation>
    </message>
</context>
<context>
    <name>DemoVolume</name>
    <message>
        <source>Ask for 0 to %1 leads and 0 to %2 partners.</source>
        <translation>Pida entre 0 y %1 candidatos y entre 0 y %2 socios.</translation>
    </message>
    <message>
        <source>The workspace has no listings to put leads on.</source>
        <translation>El espacio de trabajo no tiene publicaciones en las que colocar candidatos.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data refers to an unknown object &quot;%1&quot;.</source>
        <translation>Los datos de demostración hacen referencia a un objeto desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workspace already has accounts; the demo can only fill an empty workspace.</source>
        <translation>El espacio de trabajo ya tiene cuentas; la demostración solo puede llenar un espacio de trabajo vacío.</translation>
    </message>
</context>
<context>
    <name>DetailsParts</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
</context>
<context>
    <name>DirectoryExport</name>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Elija al menos una columna para exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>DirectoryLoader</name>
    <message>
        <source>The directory could not read the workspace %1: %2</source>
        <translation>El directorio no pudo leer el espacio de trabajo %1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>The rows cannot be sorted by “%1”; they can be sorted by %2.</source>
        <translation>Las filas no se pueden ordenar por «%1»; se pueden ordenar por %2.</translation>
    </message>
    <message>
        <source>The rows cannot be filtered by “%1”.</source>
        <translation>Las filas no se pueden filtrar por «%1».</translation>
    </message>
    <message>
        <source>The rows cannot be filtered by a range of “%1”.</source>
        <translation>Las filas no se pueden filtrar por un intervalo de «%1».</translation>
    </message>
    <message>
        <source>The position does not fit the sort.</source>
        <translation>La posición no corresponde a la ordenación.</translation>
    </message>
</context>
<context>
    <name>DirectoryState</name>
    <message>
        <source>The saved view could not be read; it shows every column, unfiltered.</source>
        <translation>No se pudo leer la vista guardada; se muestran todas las columnas, sin filtrar.</translation>
    </message>
    <message>
        <source>The saved sort could not be read and was left out.</source>
        <translation>No se pudo leer la ordenación guardada y se omitió.</translation>
    </message>
    <message>
        <source>The saved search could not be read and was left out.</source>
        <translation>No se pudo leer la búsqueda guardada y se omitió.</translation>
    </message>
    <message>
        <source>The saved filter “%1” could not be read and was left out.</source>
        <translation>No se pudo leer el filtro guardado «%1» y se omitió.</translation>
    </message>
    <message>
        <source>The saved range “%1” could not be read and was left out.</source>
        <translation>No se pudo leer el intervalo guardado «%1» y se omitió.</translation>
    </message>
    <message>
        <source>A saved column could not be read and was left out.</source>
        <translation>No se pudo leer una columna guardada y se omitió.</translation>
    </message>
    <message>
        <source>The saved columns could not be read; every column is shown.</source>
        <translation>No se pudieron leer las columnas guardadas; se muestran todas las columnas.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Type to filter the rows</source>
        <translation>Escriba para filtrar las filas</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Haga clic con el botón derecho para elegir las columnas</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>Columnas de %1</translation>
    </message>
    <message>
        <source>%1 from:</source>
        <translation>%1 desde:</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 desde</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1 hasta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message>
        <source>No row matches the search and filters.</source>
        <translation>Ninguna fila coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>No row matches “%1”.</source>
        <translation>Ninguna fila coincide con «%1».</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the rows as they are shown (search, filters, sort and columns) to a CSV file</source>
        <translation>Guardar las filas tal como se muestran (búsqueda, filtros, ordenación y columnas) en un archivo CSV</translation>
    </message>
    <message>
        <source>The %1 filter does not offer the view&apos;s value here; it shows all.</source>
        <translation>El filtro %1 no ofrece aquí el valor de la vista; se muestran todos.</translation>
    </message>
    <message>
        <source>This directory has no %1 filter.</source>
        <translation>Este directorio no tiene el filtro %1.</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>No hay nada que exportar.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A day such as %1 (included); empty for no limit</source>
        <translation>Un día como %1 (incluido); vacío para no poner límite</translation>
    </message>
    <message>
        <source>“%1” is not a date: write the day as %2, for example %3.</source>
        <translation>«%1» no es una fecha: escriba el día como %2, por ejemplo %3.</translation>
    </message>
    <message>
        <source>The first day, %1, comes after the last day, %2.</source>
        <translation>El primer día, %1, es posterior al último día, %2.</translation>
    </message>
    <message>
        <source>D</source>
        <comment>letter for the day in a date pattern such as DD.MM.YYYY</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>M</source>
        <comment>letter for the month in a date pattern such as DD.MM.YYYY</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>letter for the year in a date pattern such as DD.MM.YYYY</comment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify lead</source>
        <translation>Descalificar candidato</translation>
    </message>
    <message>
        <source>Say why “%1” is disqualified. The distributor sees this reason with the lead, and the lead cannot be qualified afterwards.</source>
        <translation>Indique por qué se descalifica «%1». El distribuidor ve este motivo junto con el candidato, y el candidato ya no se podrá cualificar después.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For example: no budget this year</source>
        <translation>Por ejemplo: sin presupuesto este año</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Descalificar</translation>
    </message>
    <message>
        <source>Disqualify the lead (Ctrl+Enter)</source>
        <translation>Descalificar el candidato (Ctrl+Intro)</translation>
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
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>External Document</source>
        <translation>Documento externo</translation>
    </message>
    <message>
        <source>Uploaded File</source>
        <translation>Archivo cargado</translation>
    </message>
</context>
<context>
    <name>EditLeadDialog</name>
    <message>
        <source>Edit lead %1</source>
        <translation>Editar candidato %1</translation>
    </message>
    <message>
        <source>Their changes are now in the form and yours are kept: check it and save again.</source>
        <translation>Los cambios de la otra persona ya están en el formulario y los suyos se conservan: revíselo y vuelva a guardar.</translation>
    </message>
    <message>
        <source>It has been decided and can no longer be edited.</source>
        <translation>Ya se ha resuelto y no se puede editar.</translation>
    </message>
</context>
<context>
    <name>IdGenerator</name>
    <message>
        <source>Could not record a new identifier: %1</source>
        <translation>No se pudo registrar un nuevo identificador: %1</translation>
    </message>
    <message>
        <source>No free identifier of the form %1 is left.</source>
        <translation>No queda ningún identificador libre con el formato %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importar candidatos</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Importar socios</translation>
    </message>
    <message>
        <source>A .csv file</source>
        <translation>Un archivo .csv</translation>
    </message>
    <message>
        <source>Each row of the file becomes a lead of %1, checked by the same rules as Create Lead. Name the listing by its product and marketplace; a row without an existing company or contact creates them from its company and contact columns. Rows that break a rule are skipped and listed with their line.</source>
        <translation>Cada fila del archivo se convierte en un candidato de %1, comprobado con las mismas reglas que Crear candidato. Indique la publicación por su producto y su marketplace; una fila sin una empresa o un contacto existente los crea a partir de sus columnas de empresa y de contacto. Las filas que incumplen una regla se omiten y se enumeran con su línea.</translation>
    </message>
    <message>
        <source>Each row of the file becomes a partner of %1, checked by the same rules as Add partner, on one of your existing program (vendor) or service (reseller) agreements. Rows that break a rule are skipped and listed with their line.</source>
        <translation>Cada fila del archivo se convierte en un socio de %1, comprobado con las mismas reglas que Añadir socio, en uno de sus acuerdos existentes de programa (fabricante) o de servicio (revendedor). Las filas que incumplen una regla se omiten y se enumeran con su línea.</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Archivo CSV:</translation>
    </message>
    <message>
        <source>Import each column as (* mandatory):</source>
        <translation>Importar cada columna como (* obligatorio):</translation>
    </message>
    <message>
        <source>%1 may not create leads in %2: that needs a CRM role in a distributor or reseller account.</source>
        <translation>%1 no puede crear candidatos en %2: para ello se necesita un rol de CRM en una cuenta de distribuidor o revendedor.</translation>
    </message>
    <message>
        <source>%1 may not add partners in %2: that needs the CRM admin or manager role in a distributor account.</source>
        <translation>%1 no puede añadir socios en %2: para ello se necesita el rol de administrador o gerente de CRM en una cuenta de distribuidor.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n columns, separated by %1; %2 of them recognised by their header.</source>
        <translation>
            <numerusform>%n columna, separada por %1; %2 reconocidas por su encabezado.</numerusform>
            <numerusform>%n columnas, separadas por %1; %2 de ellas reconocidas por su encabezado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %n rows read…</source>
        <translation>
            <numerusform>Importando %1: %n fila leída…</numerusform>
            <numerusform>Importando %1: %n filas leídas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column %1 has no header.</source>
        <translation>La columna %1 no tiene encabezado.</translation>
    </message>
    <message>
        <source>Column %1 “%2”: no field has this name.</source>
        <translation>Columna %1 «%2»: ningún campo tiene este nombre.</translation>
    </message>
    <message>
        <source>Column %1 “%2” is a duplicate: column %3 “%4” is imported into %5 already.</source>
        <translation>La columna %1 «%2» está duplicada: la columna %3 «%4» ya se importa en %5.</translation>
    </message>
    <message>
        <source>Choose the column of %1.</source>
        <translation>Elija la columna de %1.</translation>
    </message>
    <message>
        <source>Choose the column of %1, or of %2.</source>
        <translation>Elija la columna de %1 o la de %2.</translation>
    </message>
    <message>
        <source>%1 is not a field that can be imported.</source>
        <translation>%1 no es un campo que se pueda importar.</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns; choose it for one.</source>
        <translation>%1 está elegido para %2 columnas; elíjalo para una sola.</translation>
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
        <translation>Columna CSV</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importada</numerusform>
            <numerusform>%n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows up to line %1 are imported; nothing after it.</source>
        <translation>Se importaron las filas hasta la línea %1; nada después de ella.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped rows.</source>
        <translation>
            <numerusform>… y %n fila omitida más.</numerusform>
            <numerusform>… y %n filas omitidas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Filas omitidas:</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Skipped &amp;rows and notes:</source>
        <translation>&amp;Filas omitidas y notas:</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Se importaron todas las filas.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>El archivo está vacío: no tiene línea de encabezado.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2: is a delimiter or a quote out of place?</source>
        <translation>La fila tiene %1 celdas, pero el encabezado solo %2: ¿hay un delimitador o unas comillas fuera de lugar?</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>IntakeServer</name>
    <message>
        <source>The API description is missing.</source>
        <translation>Falta la descripción de la API.</translation>
    </message>
    <message>
        <source>This address takes %1.</source>
        <translation>Esta dirección admite %1.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>No se puede leer el certificado %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>No se puede leer la clave %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA, EC or DSA, not encrypted).</source>
        <translation>%1 no contiene ninguna clave privada PEM (RSA, EC o DSA, sin cifrar).</translation>
    </message>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation>%1 no es una dirección IP en la que escuchar.</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS necesita --tls-cert y --tls-key.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>The API key is unknown or revoked.</source>
        <translation>La clave de API es desconocida o está revocada.</translation>
    </message>
    <message>
        <source>Too many requests with this key; try again in %1 s.</source>
        <translation>Demasiadas peticiones con esta clave; inténtelo de nuevo en %1 s.</translation>
    </message>
    <message>
        <source>Nothing is at %1.</source>
        <translation>No hay nada en %1.</translation>
    </message>
    <message>
        <source>Send the lead as application/json.</source>
        <translation>Envíe el candidato como application/json.</translation>
    </message>
    <message>
        <source>Too many requests from your address; try again in %1 s.</source>
        <translation>Demasiadas solicitudes desde su dirección; vuelva a intentarlo en %1 s.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The workspace %1 could not be checked for damage: %2</source>
        <translation>No se pudo comprobar si el espacio de trabajo %1 está dañado: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). ChannelDesk does not change a damaged workspace: restore it from a backup.</source>
        <translation>El espacio de trabajo %1 está dañado (%2). ChannelDesk no modifica un espacio de trabajo dañado: restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>ChannelDesk is still checking the workspace %1 for damage (it does so once, in the background, for a large workspace); changes can be saved as soon as that is done. Try again in a moment.</source>
        <translation>ChannelDesk todavía está comprobando si el espacio de trabajo %1 está dañado (lo hace una vez, en segundo plano, en un espacio de trabajo grande); los cambios se podrán guardar en cuanto termine. Vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>InvitationLinkDialog</name>
    <message>
        <source>New invitation link</source>
        <translation>Nuevo enlace de invitación</translation>
    </message>
    <message>
        <source>Pass this new link to %1. The previous link no longer works.</source>
        <translation>Entregue este nuevo enlace a %1. El enlace anterior ya no funciona.</translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>This invitation link is not valid. Ask the partner who invited you for a new one.</source>
        <translation>Este enlace de invitación no es válido. Pida uno nuevo al socio que le invitó.</translation>
    </message>
    <message>
        <source>This invitation has already been used.</source>
        <translation>Esta invitación ya se ha usado.</translation>
    </message>
    <message>
        <source>This invitation was withdrawn by %1. Ask them for a new one.</source>
        <translation>%1 retiró esta invitación. Pídale una nueva.</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new one.</source>
        <translation>Esta invitación caducó el %1. Pida una nueva a %2.</translation>
    </message>
    <message>
        <source>Only a CRM admin or CRM manager of %1 may revoke or resend its invitations.</source>
        <translation>Solo un administrador o gerente de CRM de %1 puede revocar o reenviar sus invitaciones.</translation>
    </message>
    <message>
        <source>This invitation does not exist or was not issued by %1.</source>
        <translation>Esta invitación no existe o no la emitió %1.</translation>
    </message>
    <message>
        <source>This invitation has already been revoked.</source>
        <translation>Esta invitación ya se ha revocado.</translation>
    </message>
    <message>
        <source>This invitation has expired already.</source>
        <translation>Esta invitación ya ha caducado.</translation>
    </message>
    <message>
        <source>This is not a ChannelDesk invitation link. An invitation link looks like %1…; copy the whole link from the invitation you received.</source>
        <translation>Este no es un enlace de invitación de ChannelDesk. Un enlace de invitación tiene el aspecto %1…; copie el enlace completo de la invitación que recibió.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Introduzca una dirección de correo electrónico válida.</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Pending invitations</source>
        <translation>Invitaciones pendientes</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>R&amp;eenviar</translation>
    </message>
    <message>
        <source>No pending invitations. Invite a partner with Create Partner → Generate invitation link.</source>
        <translation>No hay invitaciones pendientes. Invite a un socio con Crear socio → Generar enlace de invitación.</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation>Retirar la invitación seleccionada: su enlace deja de funcionar</translation>
    </message>
    <message>
        <source>Issue a new link for the selected invitation; the old link stops working</source>
        <translation>Emitir un nuevo enlace para la invitación seleccionada; el enlace anterior deja de funcionar</translation>
    </message>
    <message>
        <source>Could not show the invitations</source>
        <translation>No se pudieron mostrar las invitaciones</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Revocar invitación</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once; the partner stays Invited and its contract Pending.</source>
        <translation>¿Revocar la invitación de %1? Su enlace deja de funcionar de inmediato; el socio sigue como Invitado y su contrato como Pendiente.</translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation>Reenviar invitación</translation>
    </message>
</context>
<context>
    <name>LeadCatalog</name>
    <message>
        <source>The listing %1 does not exist.</source>
        <translation>La publicación %1 no existe.</translation>
    </message>
    <message>
        <source>The lead form %1 of this product is damaged: %2</source>
        <translation>El formulario de candidatos %1 de este producto está dañado: %2</translation>
    </message>
    <message>
        <source>The entry %1 does not exist.</source>
        <translation>La entrada %1 no existe.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>The company %1 does not exist.</source>
        <translation>La empresa %1 no existe.</translation>
    </message>
    <message>
        <source>The contact %1 does not exist.</source>
        <translation>El contacto %1 no existe.</translation>
    </message>
    <message>
        <source>There is no lead %1 in your portal.</source>
        <translation>No hay ningún candidato %1 en su portal.</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>No existe el candidato %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Descalificado</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>Indique por qué se descalifica el candidato.</translation>
    </message>
    <message>
        <source>The reason has at most %1 characters (now %2).</source>
        <translation>El motivo tiene como máximo %1 caracteres (ahora %2).</translation>
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
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Candidato %1</translation>
    </message>
    <message>
        <source>%1 — Lead %2</source>
        <translation>%1 — Candidato %2</translation>
    </message>
    <message>
        <source>Lead fields</source>
        <translation>Campos del candidato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason for disqualification: %1</source>
        <translation>Motivo de la descalificación: %1</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation>&amp;Cualificar</translation>
    </message>
    <message>
        <source>Qualify the lead and create its opportunity</source>
        <translation>Cualificar el candidato y crear su oportunidad</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>&amp;Descalificar…</translation>
    </message>
    <message>
        <source>Disqualify the lead, giving the reason</source>
        <translation>Descalificar el candidato indicando el motivo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open %1 (%2)</source>
        <translation>Abrir %1 (%2)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Abrir el sitio web en el navegador</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Product and marketplace</source>
        <translation>Producto y marketplace</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Lead form</source>
        <translation>Formulario de candidatos</translation>
    </message>
    <message>
        <source>Default lead form</source>
        <translation>Formulario de candidatos predeterminado</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>The default lead form has no custom fields.</source>
        <translation>El formulario de candidatos predeterminado no tiene campos personalizados.</translation>
    </message>
    <message>
        <source>The form %1 has no custom fields.</source>
        <translation>El formulario %1 no tiene campos personalizados.</translation>
    </message>
    <message>
        <source>%1 (no longer on the form)</source>
        <translation>%1 (ya no está en el formulario)</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>None: the lead was disqualified.</source>
        <translation>Ninguna: el candidato fue descalificado.</translation>
    </message>
    <message>
        <source>None yet. Qualifying the lead creates its opportunity.</source>
        <translation>Todavía ninguna. Al cualificar el candidato se crea su oportunidad.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When and who</source>
        <translation>Cuándo y quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Qualify lead</source>
        <translation>Cualificar candidato</translation>
    </message>
    <message>
        <source>Qualify “%1”? This creates an opportunity for %2 that you own. A qualified lead cannot be disqualified.</source>
        <translation>¿Cualificar «%1»? Se creará una oportunidad para %2 de la que usted será propietario. Un candidato cualificado no se puede descalificar.</translation>
    </message>
    <message>
        <source>Could not qualify the lead</source>
        <translation>No se pudo cualificar el candidato</translation>
    </message>
    <message>
        <source>Could not disqualify the lead</source>
        <translation>No se pudo descalificar el candidato</translation>
    </message>
</context>
<context>
    <name>LeadDirectory</name>
    <message>
        <source>There is no lead %1 in your portal.</source>
        <translation>No hay ningún candidato %1 en su portal.</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Origen del candidato</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>LeadFeed</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>No existe el candidato %1.</translation>
    </message>
    <message>
        <source>status: give one of new, qualified, disqualified.</source>
        <translation>status: indique new, qualified o disqualified.</translation>
    </message>
    <message>
        <source>limit: give a number from 1 to %1.</source>
        <translation>limit: indique un número de 1 a %1.</translation>
    </message>
    <message>
        <source>cursor: not a cursor this service gave; start without one.</source>
        <translation>cursor: no es un cursor de este servicio; empiece sin él.</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Origen del candidato</translation>
    </message>
    <message>
        <source>Lead company name</source>
        <translation>Nombre de la empresa del candidato</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Empresa nueva</translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation>Empresa existente</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Sitio web de la empresa</translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation>NIF de la empresa</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation>Línea de venta</translation>
    </message>
    <message>
        <source>Service or product</source>
        <translation>Servicio o producto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo electrónico del contacto</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Contacto existente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Content distribution channel</source>
        <translation>Canal de distribución de contenido</translation>
    </message>
</context>
<context>
    <name>LeadFormEditorDialog</name>
    <message>
        <source>New lead form</source>
        <translation>Nuevo formulario de candidatos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>e.g. Backup trial requests</source>
        <translation>p. ej. Solicitudes de prueba de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Active: leads of its products are entered with this form</source>
        <translation>&amp;Activo: los candidatos de sus productos se introducen con este formulario</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Productos:</translation>
    </message>
    <message>
        <source>Leads of the ticked products are entered with this form.</source>
        <translation>Los candidatos de los productos marcados se introducen con este formulario.</translation>
    </message>
    <message>
        <source>Default fields</source>
        <translation>Campos predeterminados</translation>
    </message>
    <message>
        <source>&amp;Default fields:</source>
        <translation>Campos pre&amp;determinados:</translation>
    </message>
    <message>
        <source>Greyed fields are mandatory.</source>
        <translation>Los campos atenuados son obligatorios.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Custom field columns</source>
        <translation>Columnas de campos personalizados</translation>
    </message>
    <message>
        <source>&amp;Custom fields:</source>
        <translation>Campos personali&amp;zados:</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Añadir &amp;campo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Selected field</source>
        <translation>Campo seleccionado</translation>
    </message>
    <message>
        <source>e.g. Number of seats</source>
        <translation>p. ej. Número de puestos</translation>
    </message>
    <message>
        <source>Where the value is stored: a-z, 0-9 and _, starting with a letter. Follows the title until you change it.</source>
        <translation>Dónde se almacena el valor: a-z, 0-9 y _, empezando por una letra. Sigue al título hasta que la cambie.</translation>
    </message>
    <message>
        <source>Re&amp;quired: a lead cannot be created without it</source>
        <translation>&amp;Obligatorio: no se puede crear un candidato sin él</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Una opción por línea</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lave:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation>Opcion&amp;es:</translation>
    </message>
    <message>
        <source>Asked after the default fields, in this order.</source>
        <translation>Se pregunta después de los campos predeterminados, en este orden.</translation>
    </message>
    <message>
        <source>Edit lead form</source>
        <translation>Editar formulario de candidatos</translation>
    </message>
    <message>
        <source>Assigned when the form is saved</source>
        <translation>Se asigna al guardar el formulario</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>no publicada</translation>
    </message>
    <message>
        <source>active form: %1</source>
        <translation>formulario activo: %1</translation>
    </message>
    <message>
        <source>None of your products is listed on a marketplace yet.</source>
        <translation>Ninguno de sus productos está publicado todavía en un marketplace.</translation>
    </message>
    <message>
        <source>Mandatory: always shown</source>
        <translation>Obligatorio: se muestra siempre</translation>
    </message>
    <message>
        <source>Optional: shown when ticked</source>
        <translation>Opcional: se muestra si está marcado</translation>
    </message>
    <message>
        <source>The form was not saved: see the reason at Products.</source>
        <translation>No se guardó el formulario: consulte el motivo en Productos.</translation>
    </message>
    <message>
        <source>The form was not saved: %1</source>
        <translation>No se guardó el formulario: %1</translation>
    </message>
</context>
<context>
    <name>LeadFormListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
</context>
<context>
    <name>LeadFormSchema</name>
    <message>
        <source>The lead form definition is not valid JSON: %1</source>
        <translation>La definición del formulario de candidatos no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>The lead form names an unknown field “%1”.</source>
        <translation>El formulario de candidatos menciona un campo desconocido «%1».</translation>
    </message>
    <message>
        <source>The custom field “%1” has an unknown type.</source>
        <translation>El campo personalizado «%1» tiene un tipo desconocido.</translation>
    </message>
    <message>
        <source>A form has at most %1 custom fields.</source>
        <translation>Un formulario tiene como máximo %1 campos personalizados.</translation>
    </message>
    <message>
        <source>The key “%1” of a custom field must start with a letter and use only a-z, 0-9 and _ (at most 40).</source>
        <translation>La clave «%1» de un campo personalizado debe empezar por una letra y usar solo a-z, 0-9 y _ (como máximo 40).</translation>
    </message>
    <message>
        <source>The key “%1” is taken by a default field.</source>
        <translation>La clave «%1» ya la usa un campo predeterminado.</translation>
    </message>
    <message>
        <source>Two custom fields have the key “%1”.</source>
        <translation>Dos campos personalizados tienen la clave «%1».</translation>
    </message>
    <message>
        <source>The custom field “%1” needs a title.</source>
        <translation>El campo personalizado «%1» necesita un título.</translation>
    </message>
    <message>
        <source>The title of “%1” is longer than %2 characters.</source>
        <translation>El título de «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The choice field “%1” needs at least one choice.</source>
        <translation>El campo de opciones «%1» necesita al menos una opción.</translation>
    </message>
    <message>
        <source>The choice field “%1” has more than %2 choices.</source>
        <translation>El campo de opciones «%1» tiene más de %2 opciones.</translation>
    </message>
    <message>
        <source>The choice field “%1” lists a choice twice.</source>
        <translation>El campo de opciones «%1» incluye una opción dos veces.</translation>
    </message>
</context>
<context>
    <name>LeadFormService</name>
    <message>
        <source>“%1” (%2) is already the active form for %3 on %4. A product listing has one active form: make this form inactive or leave that product out.</source>
        <translation>«%1» (%2) ya es el formulario activo de %3 en %4. Una publicación de producto tiene un solo formulario activo: desactive este formulario o excluya ese producto.</translation>
    </message>
    <message>
        <source>Only a CRM admin, manager or marketeer of the vendor may change its lead forms.</source>
        <translation>Solo un administrador, gerente o especialista de marketing de CRM del fabricante puede modificar sus formularios de candidatos.</translation>
    </message>
    <message>
        <source>There is no lead form %1.</source>
        <translation>No existe el formulario de candidatos %1.</translation>
    </message>
    <message>
        <source>The lead form %1 is damaged: %2</source>
        <translation>El formulario de candidatos %1 está dañado: %2</translation>
    </message>
    <message>
        <source>There is no product listing %1.</source>
        <translation>No existe la publicación de producto %1.</translation>
    </message>
    <message>
        <source>The listing %1 is not a listing of your products.</source>
        <translation>La publicación %1 no es una publicación de sus productos.</translation>
    </message>
    <message>
        <source>Only the vendor that owns the lead form %1 may open it.</source>
        <translation>Solo el fabricante propietario del formulario de candidatos %1 puede abrirlo.</translation>
    </message>
    <message>
        <source>Enter a name for the form.</source>
        <translation>Introduzca un nombre para el formulario.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>Choose at least one product the form applies to.</source>
        <translation>Elija al menos un producto al que se aplique el formulario.</translation>
    </message>
    <message>
        <source>The lead form %1 belongs to another vendor.</source>
        <translation>El formulario de candidatos %1 pertenece a otro fabricante.</translation>
    </message>
    <message>
        <source>The lead form %1</source>
        <translation>El formulario de candidatos %1</translation>
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
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Type a name or TIN to search every company</source>
        <translation>Escriba un nombre o un NIF para buscar en todas las empresas</translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation>Empresas coincidentes</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Ninguna empresa coincide con «%1».</translation>
    </message>
    <message>
        <source>More companies match: type more of the name or the TIN.</source>
        <translation>Coinciden más empresas: escriba más caracteres del nombre o del NIF.</translation>
    </message>
    <message>
        <source>TIN %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <source>Type a name or e-mail of the company&apos;s contacts</source>
        <translation>Escriba un nombre o un correo electrónico de los contactos de la empresa</translation>
    </message>
    <message>
        <source>Matching contacts of the company</source>
        <translation>Contactos coincidentes de la empresa</translation>
    </message>
    <message>
        <source>No contact of the company matches “%1”.</source>
        <translation>Ningún contacto de la empresa coincide con «%1».</translation>
    </message>
    <message>
        <source>More contacts match: type more of the name or e-mail.</source>
        <translation>Coinciden más contactos: escriba más caracteres del nombre o del correo electrónico.</translation>
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
        <translation>9, 10 o 12 dígitos</translation>
    </message>
    <message>
        <source>+1 415 555 0123</source>
        <translation>+1 415 555 0123</translation>
    </message>
    <message>
        <source>Numbers without + are read as %1</source>
        <translation>Los números sin + se interpretan como %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A number, e.g. 40</source>
        <translation>Un número, p. ej. 40</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Pick the company first (a new company has no contacts yet)</source>
        <translation>Elija antes la empresa (una empresa nueva aún no tiene contactos)</translation>
    </message>
    <message>
        <source>The TIN of the chosen company</source>
        <translation>El NIF de la empresa elegida</translation>
    </message>
    <message>
        <source>To create the lead, complete: %1.</source>
        <translation>Para crear el candidato, complete: %1.</translation>
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
        <translation>Formularios de candidatos</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>&amp;Nuevo formulario…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>No lead forms yet. Leads of your products use the default form.</source>
        <translation>Todavía no hay formularios de candidatos. Los candidatos de sus productos usan el formulario predeterminado.</translation>
    </message>
    <message>
        <source>Create a lead form for some of your products</source>
        <translation>Crear un formulario de candidatos para algunos de sus productos</translation>
    </message>
    <message>
        <source>Change the selected lead form (or press Enter on it)</source>
        <translation>Modificar el formulario de candidatos seleccionado (o pulse Intro sobre él)</translation>
    </message>
    <message>
        <source>Could not open the lead form</source>
        <translation>No se pudo abrir el formulario de candidatos</translation>
    </message>
    <message>
        <source>Could not show the lead forms</source>
        <translation>No se pudieron mostrar los formularios de candidatos</translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>no product “%1” is listed on your marketplaces.</source>
        <translation>ningún producto «%1» está publicado en sus marketplaces.</translation>
    </message>
    <message>
        <source>several products are named “%1”; give the product&apos;s ID.</source>
        <translation>varios productos se llaman «%1»; indique el ID del producto.</translation>
    </message>
    <message>
        <source>%1 is listed on several of your marketplaces; name the marketplace.</source>
        <translation>%1 está publicado en varios de sus marketplaces; indique el marketplace.</translation>
    </message>
    <message>
        <source>“%1” is not one of your marketplaces.</source>
        <translation>«%1» no es uno de sus marketplaces.</translation>
    </message>
    <message>
        <source>several of your marketplaces are named “%1”; give the marketplace&apos;s ID.</source>
        <translation>varios de sus marketplaces se llaman «%1»; indique el ID del marketplace.</translation>
    </message>
    <message>
        <source>%1 is not listed on %2.</source>
        <translation>%1 no está publicado en %2.</translation>
    </message>
    <message>
        <source>several records match “%1”; give the ID.</source>
        <translation>varios registros coinciden con «%1»; indique el ID.</translation>
    </message>
    <message>
        <source>nothing in the workspace matches “%1”.</source>
        <translation>nada del espacio de trabajo coincide con «%1».</translation>
    </message>
    <message>
        <source>“%1” is not in the list.</source>
        <translation>«%1» no está en la lista.</translation>
    </message>
    <message>
        <source>several entries are named “%1”; give the ID.</source>
        <translation>varias entradas se llaman «%1»; indique el ID.</translation>
    </message>
    <message>
        <source>“%1” is not a lead source.</source>
        <translation>«%1» no es un origen de candidato.</translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation>Introduzca sí o no.</translation>
    </message>
    <message>
        <source>ID or name from the list</source>
        <translation>ID o nombre de la lista</translation>
    </message>
    <message>
        <source>ID or name of a product listed on your marketplaces</source>
        <translation>ID o nombre de un producto publicado en sus marketplaces</translation>
    </message>
    <message>
        <source>ID or name of your marketplace; may stay empty when the product is listed on only one</source>
        <translation>ID o nombre de su marketplace; puede quedar vacío si el producto solo está publicado en uno</translation>
    </message>
    <message>
        <source>Title of the lead</source>
        <translation>Título del candidato</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Uno de: %1</translation>
    </message>
    <message>
        <source>The company name as the requester typed it</source>
        <translation>El nombre de la empresa tal como lo escribió el solicitante</translation>
    </message>
    <message>
        <source>ID or exact name of a company in the workspace; empty: a new company from the company columns</source>
        <translation>ID o nombre exacto de una empresa del espacio de trabajo; vacío: una empresa nueva a partir de las columnas de empresa</translation>
    </message>
    <message>
        <source>Name of the new company</source>
        <translation>Nombre de la empresa nueva</translation>
    </message>
    <message>
        <source>http or https address</source>
        <translation>Dirección http o https</translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation>9, 10 o 12 dígitos</translation>
    </message>
    <message>
        <source>Empty: the product&apos;s name</source>
        <translation>Vacío: el nombre del producto</translation>
    </message>
    <message>
        <source>ID or e-mail of a contact in the workspace; empty: a new contact from the contact columns</source>
        <translation>ID o correo electrónico de un contacto del espacio de trabajo; vacío: un contacto nuevo a partir de las columnas de contacto</translation>
    </message>
    <message>
        <source>International (+…) or national number</source>
        <translation>Número internacional (+…) o nacional</translation>
    </message>
    <message>
        <source>ID, e-mail or name of a user of %1</source>
        <translation>ID, correo electrónico o nombre de un usuario de %1</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD</source>
        <translation>Una fecha: AAAA-MM-DD</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <source>Custom field of a vendor&apos;s lead form</source>
        <translation>Campo personalizado del formulario de candidatos de un fabricante</translation>
    </message>
    <message>
        <source>Custom field of a vendor&apos;s lead form: %1</source>
        <translation>Campo personalizado del formulario de candidatos de un fabricante: %1</translation>
    </message>
    <message>
        <source>Importing leads needs a CRM role in a distributor or reseller account.</source>
        <translation>Para importar candidatos se necesita un rol de CRM en una cuenta de distribuidor o revendedor.</translation>
    </message>
</context>
<context>
    <name>LeadIntake</name>
    <message>
        <source>Creating leads needs a CRM role in a distributor or reseller account.</source>
        <translation>Crear candidatos requiere un rol de CRM en una cuenta de distribuidor o revendedor.</translation>
    </message>
    <message>
        <source>A lead has at most %1 fields; this one has %2.</source>
        <translation>Un candidato tiene como máximo %1 campos; este tiene %2.</translation>
    </message>
    <message>
        <source>Not a lead field.</source>
        <translation>No es un campo de candidato.</translation>
    </message>
    <message>
        <source>Given twice.</source>
        <translation>Indicado dos veces.</translation>
    </message>
    <message>
        <source>Give text, a number or true/false.</source>
        <translation>Indique texto, un número o true/false.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>The lead %1 does not exist.</source>
        <translation>El candidato %1 no existe.</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Candidato %1</translation>
    </message>
    <message>
        <source>Only the vendor that owns the product may qualify or disqualify a lead.</source>
        <translation>Solo el fabricante propietario del producto puede cualificar o descalificar un candidato.</translation>
    </message>
    <message>
        <source>The lead %1 has already been decided.</source>
        <translation>El candidato %1 ya se ha resuelto.</translation>
    </message>
    <message>
        <source>Creating leads needs a CRM role in a distributor or reseller account.</source>
        <translation>Para crear candidatos se necesita un rol de CRM en una cuenta de distribuidor o revendedor.</translation>
    </message>
    <message>
        <source>Only the distributor that created the lead may edit it.</source>
        <translation>Solo el distribuidor que creó el candidato puede editarlo.</translation>
    </message>
    <message>
        <source>Only New leads can be edited; %1 has been decided.</source>
        <translation>Solo se pueden editar los candidatos nuevos; %1 ya se ha resuelto.</translation>
    </message>
    <message>
        <source>The product, marketplace and form of a lead cannot be changed.</source>
        <translation>El producto, el marketplace y el formulario de un candidato no se pueden cambiar.</translation>
    </message>
    <message>
        <source>Some fields need attention: %1</source>
        <translation>Algunos campos requieren atención: %1</translation>
    </message>
    <message>
        <source>Same TIN</source>
        <translation>Mismo NIF</translation>
    </message>
    <message>
        <source>Same website domain</source>
        <translation>Mismo dominio de sitio web</translation>
    </message>
    <message>
        <source>Same contact e-mail</source>
        <translation>Mismo correo electrónico de contacto</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>Indique por qué se descalifica el candidato.</translation>
    </message>
    <message>
        <source>The reason has at most %1 characters (now %2).</source>
        <translation>El motivo tiene como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation>Esta empresa ya no existe.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Este contacto ya no existe.</translation>
    </message>
    <message>
        <source>This contact is not one of the chosen company&apos;s contacts: pick one of them, or tick New contact.</source>
        <translation>Este contacto no es uno de los contactos de la empresa elegida: elija uno de ellos o marque Contacto nuevo.</translation>
    </message>
    <message>
        <source>Pick a selling direction from the list.</source>
        <translation>Elija una línea de venta de la lista.</translation>
    </message>
    <message>
        <source>Pick a campaign from the list.</source>
        <translation>Elija una campaña de la lista.</translation>
    </message>
    <message>
        <source>Pick a channel from the list.</source>
        <translation>Elija un canal de la lista.</translation>
    </message>
    <message>
        <source>The owner must be a user of %1.</source>
        <translation>El propietario debe ser un usuario de %1.</translation>
    </message>
    <message>
        <source>Leads can only be created on your own marketplaces.</source>
        <translation>Los candidatos solo se pueden crear en sus propios marketplaces.</translation>
    </message>
    <message>
        <source>The vendor has changed the lead form of %1. Go back and fill in the current form.</source>
        <translation>El fabricante ha cambiado el formulario de candidatos de %1. Vuelva atrás y rellene el formulario actual.</translation>
    </message>
    <message>
        <source>%1 is no longer listed on %2.</source>
        <translation>%1 ya no está publicado en %2.</translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Self-generation</source>
        <translation>Generación propia</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Red social</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Descalificado</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Required: tick to confirm.</source>
        <translation>Obligatorio: marque la casilla para confirmar.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>Introduzca una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Pick one of the choices.</source>
        <translation>Elija una de las opciones.</translation>
    </message>
    <message>
        <source>Pick where the lead came from.</source>
        <translation>Elija de dónde procede el candidato.</translation>
    </message>
    <message>
        <source>Pick the company, or tick New company.</source>
        <translation>Elija la empresa o marque Empresa nueva.</translation>
    </message>
    <message>
        <source>Pick the selling direction.</source>
        <translation>Elija la línea de venta.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Esta no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>A new company has no contacts yet: tick New contact.</source>
        <translation>Una empresa nueva todavía no tiene contactos: marque Contacto nuevo.</translation>
    </message>
    <message>
        <source>Pick the contact, or tick New contact.</source>
        <translation>Elija el contacto o marque Contacto nuevo.</translation>
    </message>
</context>
<context>
    <name>LeadsEndpoint</name>
    <message>
        <source>The lead could not be written or read.</source>
        <translation>No se pudo escribir ni leer el candidato.</translation>
    </message>
    <message>
        <source>Idempotency-Key: %1</source>
        <translation>Idempotency-Key: %1</translation>
    </message>
    <message>
        <source>This Idempotency-Key was used for another request; use a new key for a new lead.</source>
        <translation>Esta Idempotency-Key se usó para otra petición; use una nueva para un candidato nuevo.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at character %2.</source>
        <translation>El cuerpo no es JSON: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The body must be one JSON object: a lead.</source>
        <translation>El cuerpo debe ser un objeto JSON: un candidato.</translation>
    </message>
    <message>
        <source>updated_since: give a time in ISO 8601, e.g. 2026-12-01T00:00:00Z.</source>
        <translation>updated_since: indique una hora en ISO 8601, p. ej. 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”: give status, updated_since, cursor or limit.</source>
        <translation>Parámetro desconocido «%1»: indique status, updated_since, cursor o limit.</translation>
    </message>
</context>
<context>
    <name>LeadsModule</name>
    <message>
        <source>Leads</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Create &amp;Lead</source>
        <translation>Crear &amp;candidato</translation>
    </message>
    <message>
        <source>Create a lead for a product listed on your marketplaces (Ctrl+Shift+L)</source>
        <translation>Crear un candidato para un producto publicado en sus marketplaces (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>O&amp;rigen:</translation>
    </message>
    <message>
        <source>Pr&amp;oduct:</source>
        <translation>Pr&amp;oducto:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Propietar&amp;io:</translation>
    </message>
    <message>
        <source>Cr&amp;eated</source>
        <translation>Cr&amp;eado</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>No leads for your products yet. They appear here as soon as a distributor creates one.</source>
        <translation>Todavía no hay candidatos para sus productos. Aparecerán aquí en cuanto un distribuidor cree uno.</translation>
    </message>
    <message>
        <source>No leads yet on your marketplaces.</source>
        <translation>Todavía no hay candidatos en sus marketplaces.</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>Editar candidato</translation>
    </message>
    <message>
        <source>New lead from e-mail</source>
        <translation>Nuevo candidato desde un correo</translation>
    </message>
    <message>
        <source>This e-mail cannot become a lead.</source>
        <translation>Este correo no puede convertirse en un candidato.</translation>
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
        <translation>Producto</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
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
        <translation>Solicitar publicación</translation>
    </message>
    <message>
        <source>&amp;Product *</source>
        <translation>&amp;Producto *</translation>
    </message>
    <message>
        <source>&amp;Marketplace *</source>
        <translation>&amp;Marketplace *</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You have no published product: publish one on the Products tab first.</source>
        <translation>No tiene ningún producto publicado: publique antes uno en la pestaña Productos.</translation>
    </message>
    <message>
        <source>Pick a product.</source>
        <translation>Elija un producto.</translation>
    </message>
    <message>
        <source>You have no Active distribution contract for a marketplace yet: a distributor offers one, and it must be approved before products can be listed there.</source>
        <translation>Todavía no tiene ningún contrato de distribución activo para un marketplace: un distribuidor lo ofrece, y debe aprobarse antes de que se puedan publicar productos allí.</translation>
    </message>
    <message>
        <source>The product has a listing on every marketplace open to you.</source>
        <translation>El producto ya tiene una publicación en todos los marketplaces a los que tiene acceso.</translation>
    </message>
</context>
<context>
    <name>ListingService</name>
    <message>
        <source>There is no listing %1 in your portal.</source>
        <translation>No hay ninguna publicación %1 en su portal.</translation>
    </message>
    <message>
        <source>The product is listed there already.</source>
        <translation>El producto ya está publicado allí.</translation>
    </message>
    <message>
        <source>The product&apos;s listing there is requested already.</source>
        <translation>La publicación del producto allí ya está solicitada.</translation>
    </message>
    <message>
        <source>Pick one of your products.</source>
        <translation>Elija uno de sus productos.</translation>
    </message>
    <message>
        <source>%1 is a draft: publish it before requesting its listing.</source>
        <translation>%1 es un borrador: publíquelo antes de solicitar su publicación en el marketplace.</translation>
    </message>
    <message>
        <source>You have no Active distribution contract for this marketplace: a product can be listed only where its vendor&apos;s distribution contract is Active.</source>
        <translation>No tiene ningún contrato de distribución activo para este marketplace: un producto solo se puede publicar donde el contrato de distribución de su fabricante está activo.</translation>
    </message>
    <message>
        <source>%1 has a listing on this marketplace already.</source>
        <translation>%1 ya tiene una publicación en este marketplace.</translation>
    </message>
    <message>
        <source>Only the owner of %1 may list or unlist its products.</source>
        <translation>Solo el propietario de %1 puede publicar o despublicar sus productos.</translation>
    </message>
    <message>
        <source>%1 is a draft: its vendor must publish it before it can be listed.</source>
        <translation>%1 es un borrador: su fabricante debe publicarlo antes de que se pueda incluir en un marketplace.</translation>
    </message>
    <message>
        <source>%1 has no Active distribution contract for %2: approve or renew it before listing.</source>
        <translation>%1 no tiene ningún contrato de distribución activo para %2: apruébelo o renuévelo antes de publicar.</translation>
    </message>
    <message>
        <source>The listing is listed: only an unlisted listing can be withdrawn (ask %1 to unlist it).</source>
        <translation>La publicación está publicada: solo se puede retirar una publicación despublicada (pida a %1 que la despublique).</translation>
    </message>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead(s) came in through it.</source>
        <translation>
            <numerusform>La publicación no se puede retirar: a través de ella llegó %n candidato.</numerusform>
            <numerusform>La publicación no se puede retirar: a través de ella llegaron %n candidatos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead form(s) apply to it.</source>
        <translation>
            <numerusform>La publicación no se puede retirar: se le aplica %n formulario de candidatos.</numerusform>
            <numerusform>La publicación no se puede retirar: se le aplican %n formularios de candidatos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingStatus</name>
    <message>
        <source>Listed</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>No publicada</translation>
    </message>
</context>
<context>
    <name>ListingsTab</name>
    <message>
        <source>Listings</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Unlist</source>
        <translation>&amp;Despublicar</translation>
    </message>
    <message>
        <source>No listings yet. A vendor requests the listing of a published product on a marketplace where its distribution contract is Active; the marketplace&apos;s owner lists it.</source>
        <translation>Todavía no hay publicaciones. Un fabricante solicita la publicación de un producto publicado en un marketplace donde su contrato de distribución está activo; el propietario del marketplace lo publica.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Request listing…</source>
        <translation>&amp;Solicitar publicación…</translation>
    </message>
    <message>
        <source>Ask a distributor to list one of your published products on its marketplace</source>
        <translation>Pedir a un distribuidor que publique uno de sus productos publicados en su marketplace</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Offer the product on the marketplace (Create Lead offers it)</source>
        <translation>Ofrecer el producto en el marketplace (Crear candidato lo ofrece)</translation>
    </message>
    <message>
        <source>Stop offering the product on the marketplace</source>
        <translation>Dejar de ofrecer el producto en el marketplace</translation>
    </message>
    <message>
        <source>Could not list</source>
        <translation>No se pudo publicar</translation>
    </message>
    <message>
        <source>Could not unlist</source>
        <translation>No se pudo despublicar</translation>
    </message>
    <message>
        <source>A listing is not edited: withdraw it or ask the marketplace&apos;s owner to list or unlist it.</source>
        <translation>Una publicación no se edita: retírela o pida al propietario del marketplace que la publique o la despublique.</translation>
    </message>
    <message>
        <source>the listing of %1 on %2</source>
        <translation>la publicación de %1 en %2</translation>
    </message>
</context>
<context>
    <name>MailLead</name>
    <message>
        <source>E-mail from %1</source>
        <translation>Correo de %1</translation>
    </message>
    <message>
        <source>Filled in from the e-mail of %1: check the values before you create the lead.</source>
        <translation>Rellenado a partir del correo de %1: compruebe los valores antes de crear el candidato.</translation>
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
        <translation>No existe ese archivo.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>No es un archivo.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, too large for an e-mail to read.</source>
        <translation>El archivo supera los %1 MB, demasiado grande para leerlo como correo.</translation>
    </message>
    <message>
        <source>The e-mail is empty.</source>
        <translation>El correo está vacío.</translation>
    </message>
    <message>
        <source>The e-mail is larger than %1 MB, too large to read.</source>
        <translation>El correo supera los %1 MB, demasiado grande para leerlo.</translation>
    </message>
    <message>
        <source>This is not an e-mail: it has no mail headers (an .eml file saved by a mail program has them).</source>
        <translation>No es un correo: no tiene cabeceras de correo (un archivo .eml guardado por un programa de correo las tiene).</translation>
    </message>
    <message>
        <source>The e-mail has no sender address (From), so it names nobody to make a lead of.</source>
        <translation>El correo no tiene dirección de remitente (From), así que no nombra a nadie con quien crear un candidato.</translation>
    </message>
    <message>
        <source>The sender address “%1” (From) is not a valid e-mail address.</source>
        <translation>La dirección del remitente «%1» (From) no es una dirección de correo válida.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ChannelDesk workspaces (*.channeldesk);;All files (*)</source>
        <translation>Espacios de trabajo de ChannelDesk (*.channeldesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Could not show the workspace</source>
        <translation>No se pudo mostrar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Actuando como</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconectar</translation>
    </message>
    <message>
        <source>Connect to the team server again</source>
        <translation>Volver a conectarse al servidor de equipo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>New &amp;demo workspace…</source>
        <translation>Nuevo espacio de trabajo de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Conectar al servidor de &amp;equipo…</translation>
    </message>
    <message>
        <source>&amp;Reconnect to team server</source>
        <translation>&amp;Reconectar al servidor de equipo</translation>
    </message>
    <message>
        <source>Import &amp;leads…</source>
        <translation>Importar &amp;candidatos…</translation>
    </message>
    <message>
        <source>Import &amp;partners…</source>
        <translation>Importar s&amp;ocios…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Candidatos</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Socios</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <source>Switch &amp;acting user or account</source>
        <translation>Cambiar el usuario o la cuenta con los que &amp;actúa</translation>
    </message>
    <message>
        <source>&amp;Accept invitation…</source>
        <translation>Aceptar &amp;invitación…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Usuarios y roles…</translation>
    </message>
    <message>
        <source>&amp;Reference lists…</source>
        <translation>&amp;Listas de referencia…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>&amp;Acerca de ChannelDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The team workspace %1 has no user with the e-mail address %2, so ChannelDesk cannot act as anybody there. Ask its administrator to add you (channeldesk server add-user).</source>
        <translation>El espacio de trabajo de equipo %1 no tiene ningún usuario con la dirección de correo electrónico %2, así que ChannelDesk no puede actuar allí como nadie. Pida a su administrador que le añada (channeldesk server add-user).</translation>
    </message>
    <message>
        <source>The workspace %1 has no users, so ChannelDesk cannot act as anybody in it.</source>
        <translation>El espacio de trabajo %1 no tiene usuarios, así que ChannelDesk no puede actuar en él como nadie.</translation>
    </message>
    <message>
        <source>%1 — ChannelDesk</source>
        <translation>%1 — ChannelDesk</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Servidor de equipo: %1</translation>
    </message>
    <message>
        <source>Connected to the team workspace %1 as %2</source>
        <translation>Conectado al espacio de trabajo de equipo %1 como %2</translation>
    </message>
    <message>
        <source>The open workspace file</source>
        <translation>El archivo de espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Acting as %1 (%2) in %3 · %4 portal</source>
        <translation>Actuando como %1 (%2) en %3 · portal: %4</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>The invitation was accepted: the partner is active and its contract signed.</source>
        <translation>Se aceptó la invitación: el socio está activo y su contrato, firmado.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Users and roles — %1</source>
        <translation>Usuarios y roles — %1</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>Reference lists — %1</source>
        <translation>Listas de referencia — %1</translation>
    </message>
    <message>
        <source>Could not read the users</source>
        <translation>No se pudieron leer los usuarios</translation>
    </message>
    <message>
        <source>%1 already exists. ChannelDesk never overwrites a workspace; choose another name.</source>
        <translation>%1 ya existe. ChannelDesk nunca sobrescribe un espacio de trabajo; elija otro nombre.</translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation>Guardar el nuevo espacio de trabajo como</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>No se pudo crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>No se pudo abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Save the demo workspace as</source>
        <translation>Guardar el espacio de trabajo de demostración como</translation>
    </message>
    <message>
        <source>Could not create the demo workspace</source>
        <translation>No se pudo crear el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>Acerca de ChannelDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Leads and channel partners for software vendors and distributors, on your desktop.&lt;/p&gt;&lt;p&gt;Workspace schema %2 · Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Candidatos y socios de canal para fabricantes y distribuidores de software, en su escritorio.&lt;/p&gt;&lt;p&gt;Esquema del espacio de trabajo %2 · Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the workspace for damage… (changes can be saved once it is done)</source>
        <translation>Comprobando si el espacio de trabajo está dañado… (los cambios se podrán guardar cuando termine)</translation>
    </message>
    <message>
        <source>Changes cannot be saved in this workspace</source>
        <translation>En este espacio de trabajo no se pueden guardar cambios</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>El espacio de trabajo está dañado</translation>
    </message>
    <message>
        <source>Waiting for the workspace: another program is writing to it (%1 s)…</source>
        <translation>Esperando al espacio de trabajo: otro programa está escribiendo en él (%1 s)…</translation>
    </message>
    <message>
        <source>No team server was connected.</source>
        <translation>No se había conectado ningún servidor de equipo.</translation>
    </message>
    <message>
        <source>The connection to the team server was lost</source>
        <translation>Se perdió la conexión con el servidor de equipo</translation>
    </message>
    <message>
        <source>Nothing was saved since. Reconnect when the server or the network is back; what you typed stays.</source>
        <translation>Desde entonces no se ha guardado nada. Vuelva a conectarse cuando el servidor o la red vuelvan a estar disponibles; lo que escribió se conserva.</translation>
    </message>
    <message>
        <source>Could not reconnect</source>
        <translation>No se pudo reconectar</translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation>Conectado de nuevo al servidor de equipo.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Applies at the next start of ChannelDesk</source>
        <translation>Se aplica al volver a iniciar ChannelDesk</translation>
    </message>
    <message>
        <source>The language changes when ChannelDesk starts next time.</source>
        <translation>El idioma cambiará la próxima vez que se inicie ChannelDesk.</translation>
    </message>
    <message>
        <source>New lead from &amp;e-mail…</source>
        <translation>Nuevo candidato desde correo e&amp;lectrónico…</translation>
    </message>
    <message>
        <source>Create Lead filled in from a customer&apos;s e-mail (.eml); .eml files dropped onto the Leads directory do the same</source>
        <translation>Crear candidato rellenado a partir del correo de un cliente (.eml); los archivos .eml soltados sobre el directorio de candidatos hacen lo mismo</translation>
    </message>
    <message>
        <source>New lead from e-mail</source>
        <translation>Nuevo candidato desde un correo</translation>
    </message>
    <message>
        <source>E-mails (*.eml);;All files (*)</source>
        <translation>Correos (*.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot create leads in %2. Act as a distributor&apos;s sales user (View → Switch acting user or account), then open the e-mail with File → New lead from e-mail….</source>
        <translation>%1 no puede crear candidatos en %2. Actúe como usuario de ventas de un distribuidor (Ver → Cambiar el usuario o la cuenta con los que actúa) y después abra el correo con Archivo → Nuevo candidato desde correo electrónico….</translation>
    </message>
</context>
<context>
    <name>MarketplaceDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>New marketplace</source>
        <translation>Nuevo marketplace</translation>
    </message>
    <message>
        <source>Type a country&apos;s name</source>
        <translation>Escriba el nombre de un país</translation>
    </message>
    <message>
        <source>Add the country to the marketplace</source>
        <translation>Añadir el país al marketplace</translation>
    </message>
    <message>
        <source>Countries of the marketplace</source>
        <translation>Países del marketplace</translation>
    </message>
    <message>
        <source>Remove the selected country</source>
        <translation>Quitar el país seleccionado</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>C&amp;ountries *</source>
        <translation>Paí&amp;ses *</translation>
    </message>
    <message>
        <source>C&amp;urrency *</source>
        <translation>&amp;Moneda *</translation>
    </message>
    <message>
        <source>Edit marketplace %1</source>
        <translation>Editar marketplace %1</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>País que añadir</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 listed of %2</source>
        <translation>%1 publicadas de %2</translation>
    </message>
</context>
<context>
    <name>MarketplaceService</name>
    <message>
        <source>Pick at least one country.</source>
        <translation>Elija al menos un país.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code.</source>
        <translation>%1 no es un código de país ISO 3166.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation>%1 no es un código de moneda ISO 4217.</translation>
    </message>
    <message>
        <source>You already have a marketplace named “%1”.</source>
        <translation>Ya tiene un marketplace llamado «%1».</translation>
    </message>
    <message>
        <source>There is no marketplace %1 of yours.</source>
        <translation>No tiene ningún marketplace %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) came in through it.</source>
        <translation>
            <numerusform>%1 no se puede eliminar: a través de él llegó %n candidato.</numerusform>
            <numerusform>%1 no se puede eliminar: a través de él llegaron %n candidatos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s).</source>
        <translation>
            <numerusform>%1 no se puede eliminar: tiene %n publicación.</numerusform>
            <numerusform>%1 no se puede eliminar: tiene %n publicaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) are for it.</source>
        <translation>
            <numerusform>%1 no se puede eliminar: hay %n acuerdo para él.</numerusform>
            <numerusform>%1 no se puede eliminar: hay %n acuerdos para él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n contract(s) are for it.</source>
        <translation>
            <numerusform>%1 no se puede eliminar: hay %n contrato para él.</numerusform>
            <numerusform>%1 no se puede eliminar: hay %n contratos para él.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketplacesTab</name>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>No marketplaces yet. New… adds one: vendors with a distribution contract for it can then have their products listed there.</source>
        <translation>Todavía no hay marketplaces. Nuevo… añade uno: los fabricantes con un contrato de distribución para él podrán entonces publicar allí sus productos.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;New marketplace…</source>
        <translation>&amp;Nuevo marketplace…</translation>
    </message>
    <message>
        <source>Add a marketplace with its countries and currency</source>
        <translation>Añadir un marketplace con sus países y su moneda</translation>
    </message>
    <message>
        <source>Edit the selected marketplace (or press Enter on it)</source>
        <translation>Editar el marketplace seleccionado (o pulse Intro sobre él)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add user to %1</source>
        <translation>Añadir usuario a %1</translation>
    </message>
    <message>
        <source>Add existing user to %1</source>
        <translation>Añadir usuario existente a %1</translation>
    </message>
    <message>
        <source>Change role in %1</source>
        <translation>Cambiar rol en %1</translation>
    </message>
    <message>
        <source>Creates a user of this team workspace and adds it to %1. The e-mail address must not belong to another user; it is also the user&apos;s login to the team server, with the password given here.</source>
        <translation>Crea un usuario de este espacio de trabajo de equipo y lo añade a %1. La dirección de correo electrónico no debe pertenecer a otro usuario; también es el inicio de sesión del usuario en el servidor de equipo, con la contraseña indicada aquí.</translation>
    </message>
    <message>
        <source>Creates a user of this workspace and adds it to %1. The e-mail address must not belong to another user.</source>
        <translation>Crea un usuario de este espacio de trabajo y lo añade a %1. La dirección de correo electrónico no debe pertenecer a otro usuario.</translation>
    </message>
    <message>
        <source>Adds a user of this workspace (for example a user of a partner account) to %1, found by e-mail address.</source>
        <translation>Añade a %1 un usuario de este espacio de trabajo (por ejemplo, un usuario de una cuenta de socio), buscado por su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The role decides what %1 may do in %2.</source>
        <translation>El rol determina lo que %1 puede hacer en %2.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Login &amp;password:</source>
        <translation>C&amp;ontraseña de inicio de sesión:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>Memberships</name>
    <message>
        <source>User %1 is not a member of account %2.</source>
        <translation>El usuario %1 no es miembro de la cuenta %2.</translation>
    </message>
    <message>
        <source>The workspace has no users.</source>
        <translation>El espacio de trabajo no tiene usuarios.</translation>
    </message>
</context>
<context>
    <name>NewApiKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>What the key is for, such as the website whose form sends the leads (at most %1 characters). The key acts for your account as you, with your role.</source>
        <translation>Para qué sirve la clave, como el sitio web cuyo formulario envía los candidatos (como máximo %1 caracteres). La clave actúa para su cuenta como usted, con su rol.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>C&amp;reate key</source>
        <translation>C&amp;rear clave</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
    <message>
        <source>New API key %1</source>
        <translation>Nueva clave de API %1</translation>
    </message>
    <message>
        <source>Copy the key now and keep it secret. ChannelDesk keeps only a fingerprint of it: you will not see it again. Programs send it in the header Authorization: Bearer KEY.</source>
        <translation>Copie la clave ahora y manténgala en secreto. ChannelDesk solo guarda una huella de ella: no volverá a verla. Los programas la envían en la cabecera Authorization: Bearer KEY.</translation>
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
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Nuevo contrato</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Socio:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Program &amp;agreement:</source>
        <translation>&amp;Acuerdo de programa:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Acuerdo:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>has %1 of another program</source>
        <translation>tiene %1 de otro programa</translation>
    </message>
    <message>
        <source>A new distribution agreement for this marketplace is created under the program agreement.</source>
        <translation>Se crea un nuevo acuerdo de distribución para este marketplace dentro del acuerdo de programa.</translation>
    </message>
    <message>
        <source>The contract uses the marketplace&apos;s distribution agreement %1.</source>
        <translation>El contrato usa el acuerdo de distribución %1 del marketplace.</translation>
    </message>
    <message>
        <source>The vendor enrolls, then you approve.</source>
        <translation>El fabricante se inscribe y, después, usted lo aprueba.</translation>
    </message>
    <message>
        <source>The reseller enrolls, then you approve.</source>
        <translation>El revendedor se inscribe y, después, usted lo aprueba.</translation>
    </message>
    <message>
        <source>The contract is Pending until the partner signs it.</source>
        <translation>El contrato está Pendiente hasta que el socio lo firme.</translation>
    </message>
    <message>
        <source>You have no “%1” agreement with an active version yet: create one on the Agreements tab.</source>
        <translation>Todavía no tiene ningún acuerdo de tipo «%1» con una versión activa: cree uno en la pestaña Acuerdos.</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>A workspace holds your company&apos;s leads and partners. Tell ChannelDesk who you are; you can add partners and users later (Workspace → Users and roles…).</source>
        <translation>Un espacio de trabajo contiene los candidatos y socios de su empresa. Indique a ChannelDesk quién es usted; puede añadir socios y usuarios más adelante (Espacio de trabajo → Usuarios y roles…).</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>Company &amp;type:</source>
        <translation>&amp;Tipo de empresa:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Su &amp;correo electrónico:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>NewsEditorDialog</name>
    <message>
        <source>New article</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <source>Edit article %1</source>
        <translation>Editar artículo %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Artículo:</translation>
    </message>
    <message>
        <source>Save the article (Ctrl+Enter)</source>
        <translation>Guardar el artículo (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>NewsListModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
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
        <translation>Para escribir noticias se necesita el rol de administrador, gerente o especialista de marketing de CRM.</translation>
    </message>
    <message>
        <source>There is no article %1 of yours.</source>
        <translation>No tiene ningún artículo %1.</translation>
    </message>
    <message>
        <source>Enter the article&apos;s title.</source>
        <translation>Introduzca el título del artículo.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>Enter the article&apos;s date.</source>
        <translation>Introduzca la fecha del artículo.</translation>
    </message>
</context>
<context>
    <name>ObjectSummary</name>
    <message>
        <source>There is no product %1.</source>
        <translation>No existe el producto %1.</translation>
    </message>
    <message>
        <source>There is no marketplace %1.</source>
        <translation>No existe el marketplace %1.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>There is no company %1.</source>
        <translation>No existe la empresa %1.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>No existe el contacto %1.</translation>
    </message>
    <message>
        <source>There is no opportunity %1.</source>
        <translation>No existe la oportunidad %1.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Publicado en</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Listed products</source>
        <translation>Productos publicados</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sede central</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Contacto comercial</translation>
    </message>
    <message>
        <source>TIN</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Leads visible to you</source>
        <translation>Candidatos visibles para usted</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>ChannelDesk cannot show objects of the kind “%1”.</source>
        <translation>ChannelDesk no puede mostrar objetos del tipo «%1».</translation>
    </message>
</context>
<context>
    <name>ObjectWindow</name>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — no encontrado</translation>
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
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>Editar &amp;perfil…</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Nuevo artículo…</translation>
    </message>
    <message>
        <source>&amp;Edit article…</source>
        <translation>&amp;Editar artículo…</translation>
    </message>
    <message>
        <source>&amp;Delete article…</source>
        <translation>E&amp;liminar artículo…</translation>
    </message>
    <message>
        <source>%1 — Our company</source>
        <translation>%1 — Nuestra empresa</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de la cuenta</translation>
    </message>
    <message>
        <source>Your partners see this profile on the General tab and these articles, newest first, on the News tab of their Partner Details.</source>
        <translation>Sus socios ven este perfil en la pestaña General y estos artículos, del más reciente al más antiguo, en la pestaña Noticias de sus Detalles del socio.</translation>
    </message>
    <message>
        <source>Overview, description, contacts, websites and media</source>
        <translation>Resumen, descripción, contactos, sitios web y multimedia</translation>
    </message>
    <message>
        <source>Editing the profile needs the CRM admin, manager or marketeer role.</source>
        <translation>Para editar el perfil se necesita el rol de administrador, gerente o especialista de marketing de CRM.</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>Todavía no hay artículos.</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Eliminar artículo</translation>
    </message>
    <message>
        <source>Delete the article “%1”? Partners no longer see it.</source>
        <translation>¿Eliminar el artículo «%1»? Los socios dejarán de verlo.</translation>
    </message>
</context>
<context>
    <name>PartnerCatalog</name>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versión %2</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 producto</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 productos</translation>
    </message>
</context>
<context>
    <name>PartnerContractListModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contract ID</source>
        <translation>ID del contrato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Agreement update</source>
        <translation>Actualización del acuerdo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <source>Version %1 of the agreement is active; this contract uses version %2.</source>
        <translation>La versión %1 del acuerdo está activa; este contrato usa la versión %2.</translation>
    </message>
</context>
<context>
    <name>PartnerContractsTab</name>
    <message>
        <source>There are no contracts between you and %1.</source>
        <translation>No hay contratos entre usted y %1.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Contracts that can move to an updated agreement version: %1.</source>
        <translation>Contratos que pueden pasar a una versión actualizada del acuerdo: %1.</translation>
    </message>
    <message>
        <source>Enter or double-click opens the contract</source>
        <translation>Intro o doble clic abre el contrato</translation>
    </message>
    <message>
        <source>&amp;Sign updated version…</source>
        <translation>Firmar versión actuali&amp;zada…</translation>
    </message>
    <message>
        <source>Move the selected active contract to the agreement&apos;s active version</source>
        <translation>Pasar el contrato activo seleccionado a la versión activa del acuerdo</translation>
    </message>
</context>
<context>
    <name>PartnerDetails</name>
    <message>
        <source>There is no partner %1.</source>
        <translation>No existe el socio %1.</translation>
    </message>
    <message>
        <source>There is no such file of partner %1.</source>
        <translation>No existe ese archivo del socio %1.</translation>
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
        <translation>%1 — Detalles del socio</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Datos del socio</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de la cuenta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status of the partnership</source>
        <translation>Estado de la asociación</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The whole description is on the General tab.</source>
        <translation>La descripción completa está en la pestaña General.</translation>
    </message>
    <message>
        <source>Sign updated version</source>
        <translation>Firmar versión actualizada</translation>
    </message>
    <message>
        <source>Sign the active version of the agreement for contract %1?</source>
        <translation>¿Firmar la versión activa del acuerdo para el contrato %1?</translation>
    </message>
    <message>
        <source>New co&amp;ntract…</source>
        <translation>Nuevo c&amp;ontrato…</translation>
    </message>
    <message>
        <source>Add a program, distribution, service, syndication or referral contract</source>
        <translation>Añadir un contrato de programa, distribución, servicio, sindicación o referencia</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>Edit the General tab: %1 has no users of its own yet</source>
        <translation>Editar la pestaña General: %1 todavía no tiene usuarios propios</translation>
    </message>
    <message>
        <source>&amp;Remove partner…</source>
        <translation>&amp;Quitar socio…</translation>
    </message>
    <message>
        <source>Remove the partner: pending contracts are deleted, active ones terminated</source>
        <translation>Quitar el socio: los contratos pendientes se eliminan y los activos se rescinden</translation>
    </message>
    <message>
        <source>Rest&amp;ore partner</source>
        <translation>Resta&amp;urar socio</translation>
    </message>
    <message>
        <source>Make the partner active again</source>
        <translation>Volver a activar el socio</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Quitar socio</translation>
    </message>
    <message>
        <source>Restore partner</source>
        <translation>Restaurar socio</translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryModel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Contacto comercial</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sindicación</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PartnerGeneralTab</name>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 has not written an overview yet.</source>
        <translation>%1 todavía no ha escrito un resumen.</translation>
    </message>
    <message>
        <source>What %1 is saying</source>
        <translation>Lo que dice %1</translation>
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
        <translation>Información</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sede central</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Abrir el sitio web en el navegador</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Escribir un correo electrónico a %1</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>%1 has shared no images or videos.</source>
        <translation>%1 no ha compartido imágenes ni vídeos.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
</context>
<context>
    <name>PartnerImport</name>
    <message>
        <source>Create partner account</source>
        <translation>Crear cuenta del socio</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>Generate invitation link</source>
        <translation>Generar enlace de invitación</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitación</translation>
    </message>
    <message>
        <source>Required: Vendor or Reseller.</source>
        <translation>Obligatorio: Fabricante o Revendedor.</translation>
    </message>
    <message>
        <source>“%1” is not Vendor or Reseller.</source>
        <translation>«%1» no es Fabricante ni Revendedor.</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>Required: the ID or name of one of your %1 agreements.</source>
        <translation>Obligatorio: el ID o el nombre de uno de sus acuerdos de %1.</translation>
    </message>
    <message>
        <source>“%1” is not one of your %2 agreements.</source>
        <translation>«%1» no es uno de sus acuerdos de %2.</translation>
    </message>
    <message>
        <source>several of your %1 agreements are named “%2”; give the ID.</source>
        <translation>varios de sus acuerdos de %1 se llaman «%2»; indique el ID.</translation>
    </message>
    <message>
        <source>“%1” is not %2 or %3.</source>
        <translation>«%1» no es %2 ni %3.</translation>
    </message>
    <message>
        <source>not users of %1: %2</source>
        <translation>no son usuarios de %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 (%3) is invited: %4</source>
        <translation>Línea %1: %2 (%3) está invitado: %4</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Vendor or Reseller</source>
        <translation>Fabricante o Revendedor</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nombre del socio</translation>
    </message>
    <message>
        <source>Partner External ID</source>
        <translation>ID externo del socio</translation>
    </message>
    <message>
        <source>Your own reference, optional</source>
        <translation>Su propia referencia, opcional</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Technical contact e-mail</source>
        <translation>Correo del contacto técnico</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Contacto comercial</translation>
    </message>
    <message>
        <source>Business contact e-mail</source>
        <translation>Correo del contacto comercial</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>ID or name of your program agreement (vendors) or service agreement (resellers)</source>
        <translation>ID o nombre de su acuerdo de programa (fabricantes) o de servicio (revendedores)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>%1 (when empty) or %2</source>
        <translation>%1 (si está vacío) o %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>IDs, e-mails or names of users of %1 who join the new account, separated by “;” (when empty: you)</source>
        <translation>ID, correos electrónicos o nombres de usuarios de %1 que se unen a la nueva cuenta, separados por «;» (si está vacío: usted)</translation>
    </message>
    <message>
        <source>Importing partners needs the CRM admin or manager role in a distributor account.</source>
        <translation>Para importar socios se necesita el rol de administrador o gerente de CRM en una cuenta de distribuidor.</translation>
    </message>
</context>
<context>
    <name>PartnerLifecycle</name>
    <message>
        <source>Removing and restoring partners needs the CRM admin or manager role.</source>
        <translation>Para quitar y restaurar socios se necesita el rol de administrador o gerente de CRM.</translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation>%1 no es uno de sus socios.</translation>
    </message>
    <message>
        <source>The partner %1</source>
        <translation>El socio %1</translation>
    </message>
    <message>
        <source>%1 is not removed.</source>
        <translation>%1 no está eliminado.</translation>
    </message>
    <message>
        <source>%1 is removed already.</source>
        <translation>%1 ya está eliminado.</translation>
    </message>
</context>
<context>
    <name>PartnerListingListModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>No publicada</translation>
    </message>
</context>
<context>
    <name>PartnerListingsTab</name>
    <message>
        <source>No products of %1 are listed on your marketplaces, and none of yours on its marketplaces.</source>
        <translation>Ningún producto de %1 está publicado en sus marketplaces, ni ninguno de los suyos en los marketplaces de este.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Publicaciones</translation>
    </message>
</context>
<context>
    <name>PartnerNewsTab</name>
    <message>
        <source>%1 has published no news yet.</source>
        <translation>%1 todavía no ha publicado noticias.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Introduzca el nombre del socio.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A partner is a vendor or a reseller.</source>
        <translation>Un socio es un fabricante o un revendedor.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Esta no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Pick the program agreement, or create a new one.</source>
        <translation>Elija el acuerdo de programa o cree uno nuevo.</translation>
    </message>
    <message>
        <source>Pick the service agreement, or create a new one.</source>
        <translation>Elija el acuerdo de servicio o cree uno nuevo.</translation>
    </message>
    <message>
        <source>Pick the marketplace the service agreement is linked to.</source>
        <translation>Elija el marketplace al que está vinculado el acuerdo de servicio.</translation>
    </message>
    <message>
        <source>Pick the syndication agreement for this reseller.</source>
        <translation>Elija el acuerdo de sindicación para este revendedor.</translation>
    </message>
    <message>
        <source>A marketplace is picked twice.</source>
        <translation>Se ha elegido un marketplace dos veces.</translation>
    </message>
    <message>
        <source>Add at least one user to the new account.</source>
        <translation>Añada al menos un usuario a la nueva cuenta.</translation>
    </message>
    <message>
        <source>Adding partners needs the CRM admin or manager role in a distributor account.</source>
        <translation>Para añadir socios se necesita el rol de administrador o gerente de CRM en una cuenta de distribuidor.</translation>
    </message>
    <message>
        <source>Only users of %1 can be added to the new account.</source>
        <translation>Solo se pueden añadir a la nueva cuenta usuarios de %1.</translation>
    </message>
    <message>
        <source>Pick one of your “%1” agreements.</source>
        <translation>Elija uno de sus acuerdos de tipo «%1».</translation>
    </message>
</context>
<context>
    <name>PartnerStatus</name>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
</context>
<context>
    <name>PartnersModule</name>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Create &amp;Partner</source>
        <translation>Crear &amp;socio</translation>
    </message>
    <message>
        <source>Our co&amp;mpany…</source>
        <translation>Nuestra e&amp;mpresa…</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation>Todavía no hay socios.</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Add a vendor or reseller with its agreements and contracts</source>
        <translation>Añadir un fabricante o revendedor con sus acuerdos y contratos</translation>
    </message>
    <message>
        <source>Your own profile and news, as your partners see them</source>
        <translation>Su propio perfil y sus noticias, tal como los ven sus socios</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
</context>
<context>
    <name>PendingInvitationModel</name>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>ID del socio</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This is not a phone number. Write it with the country code, e.g. +1 415 555 0123.</source>
        <translation>Esto no es un número de teléfono. Escríbalo con el prefijo del país, p. ej. +1 415 555 0123.</translation>
    </message>
    <message>
        <source>This is not a phone number in %1. For another country start with + and the country code.</source>
        <translation>Esto no es un número de teléfono de %1. Para otro país, empiece por + y el prefijo del país.</translation>
    </message>
    <message>
        <source>This phone number does not exist in its country&apos;s numbering plan.</source>
        <translation>Este número de teléfono no existe en el plan de numeración de su país.</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>Keep it on one line, without tabs.</source>
        <translation>Manténgalo en una sola línea, sin tabuladores.</translation>
    </message>
    <message>
        <source>Remove the control character U+%1 (character %2).</source>
        <translation>Quite el carácter de control U+%1 (carácter %2).</translation>
    </message>
</context>
<context>
    <name>PostgresPassword</name>
    <message>
        <source>A login&apos;s password can only be set on a team server connection.</source>
        <translation>La contraseña de un inicio de sesión solo se puede establecer con una conexión al servidor de equipo.</translation>
    </message>
    <message>
        <source>Could not prepare the login&apos;s password: %1</source>
        <translation>No se pudo preparar la contraseña del inicio de sesión: %1</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Only published products can be listed on distributors&apos; marketplaces</source>
        <translation>Solo los productos publicados se pueden incluir en los marketplaces de los distribuidores</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Editar producto %1</translation>
    </message>
</context>
<context>
    <name>ProductGroupDialog</name>
    <message>
        <source>New product group</source>
        <translation>Nuevo grupo de productos</translation>
    </message>
    <message>
        <source>Products of the group</source>
        <translation>Productos del grupo</translation>
    </message>
    <message>
        <source>No products to pick yet: your vendors&apos; published products appear here.</source>
        <translation>Todavía no hay productos que elegir: aquí aparecen los productos publicados de sus fabricantes.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Productos</translation>
    </message>
    <message>
        <source>Edit product group %1</source>
        <translation>Editar grupo de productos %1</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>ProductGroupService</name>
    <message>
        <source>You already have a product group named “%1”.</source>
        <translation>Ya tiene un grupo de productos llamado «%1».</translation>
    </message>
    <message>
        <source>The product %1 is not a published product of one of your vendors.</source>
        <translation>El producto %1 no es un producto publicado de uno de sus fabricantes.</translation>
    </message>
    <message>
        <source>There is no product group %1 of yours.</source>
        <translation>No tiene ningún grupo de productos %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) offer it to partners.</source>
        <translation>
            <numerusform>%1 no se puede eliminar: %n acuerdo lo ofrece a los socios.</numerusform>
            <numerusform>%1 no se puede eliminar: %n acuerdos lo ofrecen a los socios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductGroupsTab</name>
    <message>
        <source>Product groups</source>
        <translation>Grupos de productos</translation>
    </message>
    <message>
        <source>No product groups yet. New… adds one from your vendors&apos; published products; service agreements offer groups to resellers.</source>
        <translation>Todavía no hay grupos de productos. Nuevo… añade uno a partir de los productos publicados de sus fabricantes; los acuerdos de servicio ofrecen grupos a los revendedores.</translation>
    </message>
    <message>
        <source>&amp;New product group…</source>
        <translation>&amp;Nuevo grupo de productos…</translation>
    </message>
    <message>
        <source>Add a group of products to offer to resellers</source>
        <translation>Añadir un grupo de productos para ofrecerlo a los revendedores</translation>
    </message>
    <message>
        <source>Edit the selected product group (or press Enter on it)</source>
        <translation>Editar el grupo de productos seleccionado (o pulse Intro sobre él)</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 listed of %2</source>
        <translation>%1 publicadas de %2</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>You already have a product named “%1”.</source>
        <translation>Ya tiene un producto llamado «%1».</translation>
    </message>
    <message numerus="yes">
        <source>It is listed on %n marketplace(s): it stays published until the marketplace owners unlist it.</source>
        <translation>
            <numerusform>Está publicado en %n marketplace: sigue publicado hasta que el propietario del marketplace lo despublique.</numerusform>
            <numerusform>Está publicado en %n marketplaces: sigue publicado hasta que los propietarios de los marketplaces lo despubliquen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no product %1 of yours.</source>
        <translation>No tiene ningún producto %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) are for it.</source>
        <translation>
            <numerusform>%1 no se puede eliminar: hay %n candidato para él.</numerusform>
            <numerusform>%1 no se puede eliminar: hay %n candidatos para él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s) on marketplaces.</source>
        <translation>
            <numerusform>%1 no se puede eliminar: tiene %n publicación en marketplaces.</numerusform>
            <numerusform>%1 no se puede eliminar: tiene %n publicaciones en marketplaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it is in %n product group(s) of distributors.</source>
        <translation>
            <numerusform>%1 no se puede eliminar: está en %n grupo de productos de distribuidores.</numerusform>
            <numerusform>%1 no se puede eliminar: está en %n grupos de productos de distribuidores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>No products yet. New… adds one; publish it to have it listed on your distributors&apos; marketplaces.</source>
        <translation>Todavía no hay productos. Nuevo… añade uno; publíquelo para que se pueda incluir en los marketplaces de sus distribuidores.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nuevo producto…</translation>
    </message>
    <message>
        <source>Add a product (draft or published)</source>
        <translation>Añadir un producto (borrador o publicado)</translation>
    </message>
    <message>
        <source>Edit or publish the selected product (or press Enter on it)</source>
        <translation>Editar o publicar el producto seleccionado (o pulse Intro sobre él)</translation>
    </message>
</context>
<context>
    <name>PublishWebFormDialog</name>
    <message>
        <source>Publish web form</source>
        <translation>Publicar formulario web</translation>
    </message>
    <message>
        <source>Change web form %1</source>
        <translation>Cambiar formulario web %1</translation>
    </message>
    <message>
        <source>Embed code of web form %1</source>
        <translation>Código para insertar del formulario web %1</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Guardar &amp;cambios</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulario:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Fabricante:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Dirección del servicio:</translation>
    </message>
    <message>
        <source>Where your website&apos;s visitors reach the ChannelDesk service (channeldesk serve), such as https://leads.example.com</source>
        <translation>Donde los visitantes de su sitio web llegan al servicio de ChannelDesk (channeldesk serve), por ejemplo https://leads.example.com</translation>
    </message>
    <message>
        <source>&amp;Sites that may embed the form:</source>
        <translation>&amp;Sitios que pueden insertar el formulario:</translation>
    </message>
    <message>
        <source>https://www.example.com, one per line; leave empty to allow only the form&apos;s own page (at most %1 sites)</source>
        <translation>https://www.example.com, uno por línea; déjelo vacío para permitir solo la propia página del formulario (como máximo %1 sitios)</translation>
    </message>
    <message>
        <source>&amp;Embed code:</source>
        <translation>Código para &amp;insertar:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Put the embed code on the clipboard</source>
        <translation>Poner el código para insertar en el portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Form a&amp;ddress:</source>
        <translation>Dirección del &amp;formulario:</translation>
    </message>
    <message>
        <source>The form is published: its address answers from now on.</source>
        <translation>El formulario está publicado: su dirección responde desde ahora.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Los cambios están guardados.</translation>
    </message>
    <message>
        <source>Paste the code into a page of a site that may embed the form: %1.</source>
        <translation>Pegue el código en una página de un sitio que pueda insertar el formulario: %1.</translation>
    </message>
    <message>
        <source>No other site may embed the form yet: add your sites with Change…, or link to the form&apos;s address.</source>
        <translation>Aún ningún otro sitio puede insertar el formulario: añada sus sitios con Cambiar… o enlace a la dirección del formulario.</translation>
    </message>
    <message>
        <source>Web form %1</source>
        <translation>Formulario web %1</translation>
    </message>
</context>
<context>
    <name>Reconnection</name>
    <message>
        <source>The workspace %1 is closed.</source>
        <translation>El espacio de trabajo %1 está cerrado.</translation>
    </message>
    <message>
        <source>Could not reconnect to the team server at %1:%2: %3</source>
        <translation>No se pudo reconectar al servidor de equipo en %1:%2: %3</translation>
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
        <translation>Otra persona modificó %1 mientras tanto, así que su cambio no se guardó. Compruebe cómo está ahora y vuelva a intentarlo si todavía es necesario.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 meanwhile, so your change was not saved. Check what it is now and try again if it is still needed.</source>
        <translation>%2 modificó %1 mientras tanto (%3), así que su cambio no se guardó. Compruebe cómo está ahora y vuelva a intentarlo si todavía es necesario.</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile, so your change was not saved.</source>
        <translation>%1 se eliminó mientras tanto, así que su cambio no se guardó.</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 meanwhile, so your change was not saved.</source>
        <translation>%2 eliminó %1 mientras tanto (%3), así que su cambio no se guardó.</translation>
    </message>
</context>
<context>
    <name>ReferenceKind</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>Selling directions</source>
        <translation>Líneas de venta</translation>
    </message>
    <message>
        <source>selling direction</source>
        <translation>línea de venta</translation>
    </message>
    <message>
        <source>Content distribution channels</source>
        <translation>Canales de distribución de contenido</translation>
    </message>
    <message>
        <source>content distribution channel</source>
        <translation>canal de distribución de contenido</translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
</context>
<context>
    <name>ReferenceListService</name>
    <message>
        <source>Only a CRM admin or CRM manager of %1 may change its reference lists.</source>
        <translation>Solo un administrador o gerente de CRM de %1 puede modificar sus listas de referencia.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>A retired %1 named &quot;%2&quot; exists already: un-retire it instead.</source>
        <translation>Ya existe un elemento retirado (%1) llamado &quot;%2&quot;: reactívelo en su lugar.</translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>Ya existe un elemento (%1) llamado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>El elemento (%1) %2 no existe.</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>Pymes</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Gran empresa</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Sector público</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n lead(s) use it. Retire it instead: it stays on those leads and is no longer offered for new ones.</source>
        <translation>
            <numerusform>&quot;%1&quot; no se puede eliminar: lo usa %n candidato. Retírelo en su lugar: se conserva en ese candidato y deja de ofrecerse para los nuevos.</numerusform>
            <numerusform>&quot;%1&quot; no se puede eliminar: lo usan %n candidatos. Retírelo en su lugar: se conserva en esos candidatos y deja de ofrecerse para los nuevos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceListTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Todavía no hay entradas.</translation>
    </message>
    <message>
        <source>A retired entry stays on the leads that have it and is no longer offered for new leads</source>
        <translation>Una entrada retirada se conserva en los candidatos que la tienen y deja de ofrecerse para los candidatos nuevos</translation>
    </message>
    <message>
        <source>Only an entry that no lead uses can be deleted</source>
        <translation>Solo se puede eliminar una entrada que no use ningún candidato</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Cambiar nombre de %1</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>¿Eliminar &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Un-&amp;retire</source>
        <translation>&amp;Reactivar</translation>
    </message>
</context>
<context>
    <name>ReferenceNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>RemovePartnerDialog</name>
    <message>
        <source>Remove partner</source>
        <translation>Quitar socio</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? The partner stays in the directory as Removed and can be restored later; its ended contracts are not restored.</source>
        <translation>¿Quitar %1 (%2)? El socio permanece en el directorio como Eliminado y se puede restaurar más adelante; sus contratos finalizados no se restauran.</translation>
    </message>
    <message>
        <source>No contracts change.</source>
        <translation>No cambia ningún contrato.</translation>
    </message>
    <message>
        <source>&amp;Contracts that change:</source>
        <translation>&amp;Contratos que cambian:</translation>
    </message>
    <message>
        <source>Contracts that change</source>
        <translation>Contratos que cambian</translation>
    </message>
    <message>
        <source>%1 — %2 contract on %3 (%4): deleted</source>
        <translation>%1 — contrato de %2 en %3 (%4): eliminado</translation>
    </message>
    <message>
        <source>%1 — %2 contract on %3 (Active): terminated</source>
        <translation>%1 — contrato de %2 en %3 (Activo): rescindido</translation>
    </message>
    <message numerus="yes">
        <source>%n listed product listing(s) on the terminated distribution contracts will be unlisted.</source>
        <translation>
            <numerusform>Se despublicará %n publicación de producto publicada en los contratos de distribución rescindidos.</numerusform>
            <numerusform>Se despublicarán %n publicaciones de productos publicadas en los contratos de distribución rescindidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>&amp;Quitar socio</translation>
    </message>
</context>
<context>
    <name>RequestSizeGuard</name>
    <message>
        <source>A request may have at most %1 bytes.</source>
        <translation>Una petición puede tener como máximo %1 bytes.</translation>
    </message>
</context>
<context>
    <name>SavedViewNameDialog</name>
    <message>
        <source>For example: New leads this quarter</source>
        <translation>Por ejemplo: Candidatos nuevos de este trimestre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>SavedViewService</name>
    <message>
        <source>Leads</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>There is no directory “%1” to save views of.</source>
        <translation>No hay ningún directorio «%1» del que guardar vistas.</translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation>No existe la vista guardada %1.</translation>
    </message>
    <message>
        <source>The rows cannot be limited to a range of “%1”.</source>
        <translation>Las filas no se pueden limitar a un intervalo de «%1».</translation>
    </message>
    <message>
        <source>The view is sorted by “%1”, which this directory does not sort by.</source>
        <translation>La vista está ordenada por «%1», y este directorio no ordena por esa columna.</translation>
    </message>
    <message>
        <source>The view filters on “%1”, which this directory has no filter for.</source>
        <translation>La vista filtra por «%1», y este directorio no tiene ese filtro.</translation>
    </message>
    <message>
        <source>The %1 directory has no column “%2”.</source>
        <translation>El directorio %1 no tiene la columna «%2».</translation>
    </message>
    <message>
        <source>You already have a view of %1 named “%2”. Choose another name.</source>
        <translation>Ya tiene una vista de %1 llamada «%2». Elija otro nombre.</translation>
    </message>
    <message>
        <source>Enter a name for the view.</source>
        <translation>Introduzca un nombre para la vista.</translation>
    </message>
    <message>
        <source>A view name has at most %1 characters (this one has %2).</source>
        <translation>El nombre de una vista tiene como máximo %1 caracteres (este tiene %2).</translation>
    </message>
    <message>
        <source>The search of a view has at most %1 characters.</source>
        <translation>La búsqueda de una vista tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A view shows at least one column.</source>
        <translation>Una vista muestra al menos una columna.</translation>
    </message>
    <message>
        <source>It was left out.</source>
        <translation>Se omitió.</translation>
    </message>
    <message>
        <source>None of the view&apos;s columns is left: every column is shown.</source>
        <translation>No queda ninguna de las columnas de la vista: se muestran todas las columnas.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <source>Mana&amp;ge views</source>
        <translation>&amp;Gestionar vistas</translation>
    </message>
    <message>
        <source>Save &amp;as new view…</source>
        <translation>Guardar como vista &amp;nueva…</translation>
    </message>
    <message>
        <source>&amp;Save changes to the view</source>
        <translation>&amp;Guardar los cambios en la vista</translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation>Cambiar el nomb&amp;re de la vista…</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>&amp;Eliminar vista…</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>&amp;Vistas:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>No view chosen</source>
        <translation>Ninguna vista elegida</translation>
    </message>
    <message>
        <source>Pick a saved view: its search, filters, sort and columns apply at once</source>
        <translation>Elija una vista guardada: su búsqueda, filtros, ordenación y columnas se aplican de inmediato</translation>
    </message>
    <message>
        <source>Save the directory as it is shown as a view, or rename or delete the chosen view</source>
        <translation>Guardar como vista el directorio tal como se muestra, o cambiar el nombre o eliminar la vista elegida</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modificada)</translation>
    </message>
    <message>
        <source>&amp;Save changes to “%1”</source>
        <translation>&amp;Guardar los cambios en «%1»</translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation>Cambiar el nomb&amp;re de «%1»…</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation>&amp;Eliminar «%1»…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Save the search, filters, sort and columns the directory shows now as a view of your own.</source>
        <translation>Guardar como vista propia la búsqueda, los filtros, la ordenación y las columnas que muestra ahora el directorio.</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Cambiar nombre de la vista</translation>
    </message>
    <message>
        <source>Give the view “%1” a new name.</source>
        <translation>Dé un nuevo nombre a la vista «%1».</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The directory keeps showing what it shows now; only the saved view goes.</source>
        <translation>¿Eliminar la vista «%1»? El directorio sigue mostrando lo que muestra ahora; solo desaparece la vista guardada.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The view “%1” no longer fits the directory in every part:</source>
        <translation>La vista «%1» ya no se ajusta al directorio en todas sus partes:</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Checking the workspace for damage before writing to it…</source>
        <translation>Comprobando si el espacio de trabajo está dañado antes de escribir en él…</translation>
    </message>
    <message>
        <source>Receiving leads on %1://%2:%3 into %4; stop with Ctrl+C or SIGTERM.</source>
        <translation>Recibiendo candidatos en %1://%2:%3 en %4; detenga con Ctrl+C o SIGTERM.</translation>
    </message>
    <message>
        <source>Stopping: answering the requests in flight…</source>
        <translation>Deteniendo: respondiendo a las peticiones en curso…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a team server address (%2). Write it as postgresql://host:port/database.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor de equipo (%2). Escríbala como postgresql://host:puerto/base_de_datos.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>no empieza por postgresql://</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>falta el nombre de host</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>el puerto debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>no database name after the host</source>
        <translation>falta el nombre de la base de datos después del host</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opción desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode debe ser uno de %1</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Conectar al servidor de equipo</translation>
    </message>
    <message>
        <source>A team workspace lives on a PostgreSQL server your administrator set up. Log in with your e-mail address and the password you were given.</source>
        <translation>Un espacio de trabajo de equipo reside en un servidor PostgreSQL que configuró su administrador. Inicie sesión con su dirección de correo electrónico y la contraseña que le dieron.</translation>
    </message>
    <message>
        <source>Recent team servers</source>
        <translation>Servidores de equipo recientes</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@company.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Without a keychain (for example on a server without a desktop) ChannelDesk asks for the password each time; it never writes it to a file.</source>
        <translation>Sin un llavero (por ejemplo, en un servidor sin escritorio), ChannelDesk pide la contraseña cada vez; nunca la escribe en un archivo.</translation>
    </message>
    <message>
        <source>R&amp;ecent:</source>
        <translation>R&amp;ecientes:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(todavía ninguno)</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Introduzca el nombre de host o la dirección del servidor.</translation>
    </message>
    <message>
        <source>A host name has letters, digits, dots and hyphens only.</source>
        <translation>Un nombre de host solo contiene letras, dígitos, puntos y guiones.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>El puerto es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation>Introduzca el nombre de la base de datos de equipo.</translation>
    </message>
    <message>
        <source>A database name has no &quot;/&quot;.</source>
        <translation>Un nombre de base de datos no contiene &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Enter your login (your e-mail address).</source>
        <translation>Introduzca su inicio de sesión (su dirección de correo electrónico).</translation>
    </message>
</context>
<context>
    <name>ServerPasswordStore</name>
    <message>
        <source>The system keychain is turned off (CHANNELDESK_NO_KEYCHAIN).</source>
        <translation>El llavero del sistema está desactivado (CHANNELDESK_NO_KEYCHAIN).</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1); ChannelDesk will ask for it next time.</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema (%1); ChannelDesk la pedirá la próxima vez.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The change breaks a rule of the workspace: %1</source>
        <translation>El cambio incumple una regla del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>The team server refused this: your login may not see or change it (%1).</source>
        <translation>El servidor de equipo lo rechazó: es posible que su inicio de sesión no pueda verlo ni modificarlo (%1).</translation>
    </message>
    <message>
        <source>Another user was changing the same records at the same moment. Try again.</source>
        <translation>Otro usuario estaba modificando los mismos registros en ese mismo momento. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The team server did not accept the login: %1</source>
        <translation>El servidor de equipo no aceptó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The workspace cannot be written to.</source>
        <translation>No se puede escribir en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation>No se pudo leer ni escribir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again.</source>
        <translation>El espacio de trabajo está ocupado: otro programa está escribiendo en él. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The workspace is damaged: %1</source>
        <translation>El espacio de trabajo está dañado: %1</translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s ID.</source>
        <translation>La base de datos no devolvió el ID del nuevo registro.</translation>
    </message>
</context>
<context>
    <name>SqliteHeader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>StagedWorkspace</name>
    <message>
        <source>The workspace %1 could not be closed completely.</source>
        <translation>No se pudo cerrar por completo el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>No se indicó ningún archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new workspace.</source>
        <translation>%1 ya existe; elija otro nombre para el nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 does not exist.</source>
        <translation>No se puede crear el espacio de trabajo %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Another ChannelDesk is writing the workspace %1 now.</source>
        <translation>Otra instancia de ChannelDesk está escribiendo ahora en el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 is not writable.</source>
        <translation>No se puede crear el espacio de trabajo %1: la carpeta %2 no admite escritura.</translation>
    </message>
    <message>
        <source>%1 is in the way of writing the workspace %2, and ChannelDesk did not leave it there. Move it away and try again.</source>
        <translation>%1 impide escribir el espacio de trabajo %2, y no es algo que haya dejado ChannelDesk. Muévalo a otro lugar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created here.</source>
        <translation>No se puede crear aquí el espacio de trabajo %1.</translation>
    </message>
</context>
<context>
    <name>StartupWorkspace</name>
    <message>
        <source>The folder %1 for the default workspace cannot be created.</source>
        <translation>No se puede crear la carpeta %1 del espacio de trabajo predeterminado.</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>The workspace has a table or column named “%1”, which ChannelDesk never creates.</source>
        <translation>El espacio de trabajo tiene una tabla o columna llamada «%1», que ChannelDesk nunca crea.</translation>
    </message>
</context>
<context>
    <name>TeamServerSetup</name>
    <message>
        <source>%1 is not a team server address: write postgresql://login:password@host:port/database.</source>
        <translation>%1 no es una dirección de servidor de equipo: escriba postgresql://login:password@host:port/database.</translation>
    </message>
    <message>
        <source>This team workspace has no logins and policies yet: it was not created by `channeldesk server init`.</source>
        <translation>Este espacio de trabajo de equipo todavía no tiene inicios de sesión ni políticas: no se creó con `channeldesk server init`.</translation>
    </message>
    <message>
        <source>The demo logins need a password.</source>
        <translation>Los inicios de sesión de demostración necesitan una contraseña.</translation>
    </message>
    <message>
        <source>The schema was created in %1, but its roles and policies could not be: %2 Drop and create the database again before retrying.</source>
        <translation>El esquema se creó en %1, pero sus roles y políticas no: %2 Elimine y vuelva a crear la base de datos antes de reintentarlo.</translation>
    </message>
    <message>
        <source>The team workspace %1 was created, but the demo could not be written (nothing of it was kept): %2</source>
        <translation>Se creó el espacio de trabajo de equipo %1, pero no se pudo escribir la demostración (no se conservó nada de ella): %2</translation>
    </message>
    <message>
        <source>The demo workspace %1 was written, but its logins could not be created: %2</source>
        <translation>Se escribió el espacio de trabajo de demostración %1, pero no se pudieron crear sus inicios de sesión: %2</translation>
    </message>
    <message>
        <source>Enter a password for the user&apos;s login.</source>
        <translation>Introduzca una contraseña para el inicio de sesión del usuario.</translation>
    </message>
    <message>
        <source>There is no account %1 in this team workspace.</source>
        <translation>No existe la cuenta %1 en este espacio de trabajo de equipo.</translation>
    </message>
    <message>
        <source>%1 already has the e-mail address %2.</source>
        <translation>%1 ya tiene la dirección de correo electrónico %2.</translation>
    </message>
    <message>
        <source>A login needs a password.</source>
        <translation>Un inicio de sesión necesita una contraseña.</translation>
    </message>
    <message>
        <source>This team workspace has no user with the e-mail address %1.</source>
        <translation>Este espacio de trabajo de equipo no tiene ningún usuario con la dirección de correo electrónico %1.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message numerus="yes">
        <source>The workspace is busy: another program or window has been writing to it for more than %n seconds. Nothing was saved; try again when it has finished.</source>
        <translation>
            <numerusform>El espacio de trabajo está ocupado: otro programa u otra ventana lleva más de %n segundo escribiendo en él. No se guardó nada; vuelva a intentarlo cuando haya terminado.</numerusform>
            <numerusform>El espacio de trabajo está ocupado: otro programa u otra ventana lleva más de %n segundos escribiendo en él. No se guardó nada; vuelva a intentarlo cuando haya terminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>No se pudo empezar a guardar: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>CRM admin</source>
        <translation>Administrador de CRM</translation>
    </message>
    <message>
        <source>CRM manager</source>
        <translation>Gerente de CRM</translation>
    </message>
    <message>
        <source>CRM sales</source>
        <translation>Comercial de CRM</translation>
    </message>
    <message>
        <source>CRM marketeer</source>
        <translation>Especialista de marketing de CRM</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users and roles</source>
        <translation>Usuarios y roles</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>Añadir &amp;usuario…</translation>
    </message>
    <message>
        <source>Add e&amp;xisting user…</source>
        <translation>Añadir usuario e&amp;xistente…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <source>Re&amp;move from account…</source>
        <translation>&amp;Quitar de la cuenta…</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Todavía no hay usuarios.</translation>
    </message>
    <message>
        <source>Create a new user and add it to this account</source>
        <translation>Crear un usuario nuevo y añadirlo a esta cuenta</translation>
    </message>
    <message>
        <source>Add a user of this workspace, found by e-mail address</source>
        <translation>Añadir un usuario de este espacio de trabajo, buscado por su dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role (or press Enter on it)</source>
        <translation>Cambiar el rol del usuario seleccionado (o pulse Intro sobre él)</translation>
    </message>
    <message>
        <source>Remove the selected user from this account; the user stays in the workspace</source>
        <translation>Quitar el usuario seleccionado de esta cuenta; el usuario permanece en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Only a CRM admin of %1 can add users or change roles.</source>
        <translation>Solo un administrador de CRM de %1 puede añadir usuarios o cambiar roles.</translation>
    </message>
    <message>
        <source>Remove from account</source>
        <translation>Quitar de la cuenta</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3? The user stays in the workspace and keeps any other accounts.</source>
        <translation>¿Quitar a %1 (%2) de %3? El usuario permanece en el espacio de trabajo y conserva las demás cuentas.</translation>
    </message>
</context>
<context>
    <name>WebFormEndpoint</name>
    <message>
        <source>Send the form as application/x-www-form-urlencoded, as a browser does.</source>
        <translation>Envíe el formulario como application/x-www-form-urlencoded, como lo hace un navegador.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This site may not use the form from a script; its publisher can allow it.</source>
        <translation>Este sitio no puede usar el formulario desde un script; quien lo publicó puede permitirlo.</translation>
    </message>
</context>
<context>
    <name>WebFormFields</name>
    <message>
        <source>For example https://example.com</source>
        <translation>Por ejemplo, https://example.com</translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation>9, 10 o 12 dígitos</translation>
    </message>
    <message>
        <source>Website request</source>
        <translation>Solicitud desde el sitio web</translation>
    </message>
    <message>
        <source>Website request from %1</source>
        <translation>Solicitud desde el sitio web de %1</translation>
    </message>
</context>
<context>
    <name>WebFormListModel</name>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Allowed sites</source>
        <translation>Sitios permitidos</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>No other site may embed the form: it is shown on its own page only</source>
        <translation>Ningún otro sitio puede insertar el formulario: solo se muestra en su propia página</translation>
    </message>
    <message>
        <source>Publication %1</source>
        <translation>Publicación %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>Its own page only</source>
        <translation>Solo su propia página</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 Its address answers “not published” until that is undone; then it is served again by itself. Unpublish takes it off for good.</source>
        <translation>%1 Su dirección responde «no publicado» hasta que eso se deshaga; entonces vuelve a servirse por sí solo. «Retirar» lo quita definitivamente.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
</context>
<context>
    <name>WebFormPage</name>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Request about %1</source>
        <translation>Solicitud sobre %1</translation>
    </message>
    <message>
        <source>Thank you: %1 has received your request.</source>
        <translation>Gracias: %1 ha recibido su solicitud.</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Corrija lo siguiente</translation>
    </message>
    <message>
        <source>Fields marked (required) must be filled in.</source>
        <translation>Los campos marcados (obligatorio) deben rellenarse.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>Send another request</source>
        <translation>Enviar otra solicitud</translation>
    </message>
</context>
<context>
    <name>WebFormPublications</name>
    <message>
        <source>Only a CRM admin of a distributor or reseller publishes web forms; %1 is not one at %2.</source>
        <translation>Solo un administrador de CRM de un distribuidor o revendedor publica formularios web; %1 no lo es en %2.</translation>
    </message>
    <message>
        <source>The lead form %1 does not apply to a listed listing %2 of your marketplaces, or is inactive.</source>
        <translation>El formulario de candidatos %1 no se aplica a una publicación activa %2 de sus marketplaces, o está inactivo.</translation>
    </message>
    <message>
        <source>%1 is not a published web form of your account.</source>
        <translation>%1 no es un formulario web publicado de su cuenta.</translation>
    </message>
    <message>
        <source>This form is not published (any more).</source>
        <translation>Este formulario no está publicado (o ya no lo está).</translation>
    </message>
    <message>
        <source>“%1” is not a site: write it as https://www.example.com, without a path.</source>
        <translation>«%1» no es un sitio: escríbalo como https://www.example.com, sin ruta.</translation>
    </message>
    <message>
        <source>A form allows at most %1 sites; these are %2.</source>
        <translation>Un formulario admite como máximo %1 sitios; estos son %2.</translation>
    </message>
    <message>
        <source>Give the address where visitors reach the service, such as https://leads.example.com (at most %1 characters).</source>
        <translation>Indique la dirección en la que los visitantes llegan al servicio, por ejemplo https://leads.example.com (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>%1 is already published for %2 as %3.</source>
        <translation>%1 ya está publicado para %2 como %3.</translation>
    </message>
    <message>
        <source>Ask about %1</source>
        <translation>Consulta sobre %1</translation>
    </message>
    <message>
        <source>Open the form on its own page</source>
        <translation>Abrir el formulario en su propia página</translation>
    </message>
    <message>
        <source>The vendor has deactivated this lead form.</source>
        <translation>El proveedor ha desactivado este formulario de leads.</translation>
    </message>
    <message>
        <source>The vendor no longer offers this lead form for this listing.</source>
        <translation>El proveedor ya no ofrece este formulario de leads para este listado.</translation>
    </message>
    <message>
        <source>The listing is unlisted.</source>
        <translation>El listado no está publicado.</translation>
    </message>
    <message>
        <source>Whoever published it is no longer a CRM admin of this account.</source>
        <translation>Quien lo publicó ya no es administrador de CRM de esta cuenta.</translation>
    </message>
</context>
<context>
    <name>WebFormsTab</name>
    <message>
        <source>Web forms</source>
        <translation>Formularios web</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>&amp;Embed code…</source>
        <translation>Código para &amp;insertar…</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>No lead form to publish. A vendor&apos;s active lead form can be published here for each of your listings of the vendor&apos;s products it applies to.</source>
        <translation>No hay ningún formulario de candidatos que publicar. El formulario de candidatos activo de un fabricante se puede publicar aquí para cada una de sus publicaciones de los productos del fabricante a los que se aplica.</translation>
    </message>
    <message>
        <source>Publish the selected form on your websites: customers fill it in and their leads are yours</source>
        <translation>Publicar el formulario seleccionado en sus sitios web: los clientes lo rellenan y sus candidatos son suyos</translation>
    </message>
    <message>
        <source>Change the service address and the sites that may embed the selected form</source>
        <translation>Cambiar la dirección del servicio y los sitios que pueden insertar el formulario seleccionado</translation>
    </message>
    <message>
        <source>Show the code to paste into a page of your website (or press Enter on it)</source>
        <translation>Mostrar el código que se pega en una página de su sitio web (o pulse Intro sobre él)</translation>
    </message>
    <message>
        <source>Take the selected form off the web: its address stops answering at once</source>
        <translation>Retirar de la web el formulario seleccionado: su dirección deja de responder al instante</translation>
    </message>
    <message>
        <source>Could not show the web forms</source>
        <translation>No se pudieron mostrar los formularios web</translation>
    </message>
    <message>
        <source>Unpublish web form</source>
        <translation>Retirar formulario web</translation>
    </message>
    <message>
        <source>Unpublish the form “%1” (%2) for %3? Its address %4 stops answering at once: pages that show the form show an error instead, and no lead comes from it any more.</source>
        <translation>¿Retirar el formulario «%1» (%2) para %3? Su dirección %4 deja de responder al instante: las páginas que muestran el formulario muestran un error en su lugar y ya no llega ningún candidato por él.</translation>
    </message>
</context>
<context>
    <name>WebsiteUrl</name>
    <message>
        <source>Enter the company&apos;s website.</source>
        <translation>Introduzca el sitio web de la empresa.</translation>
    </message>
    <message>
        <source>Only http and https websites are accepted.</source>
        <translation>Solo se aceptan sitios web http y https.</translation>
    </message>
    <message>
        <source>This is not a website address, e.g. https://acme.com.</source>
        <translation>Esta no es la dirección de un sitio web, p. ej. https://acme.com.</translation>
    </message>
</context>
<context>
    <name>WizardStepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
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
        <translation>El servidor de equipo en %1 no aceptó el inicio de sesión %2 con esta contraseña.</translation>
    </message>
    <message>
        <source>The team server at %1 has no database &quot;%2&quot;.</source>
        <translation>El servidor de equipo en %1 no tiene la base de datos &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Could not connect to the team server at %1: %2</source>
        <translation>No se pudo conectar al servidor de equipo en %1: %2</translation>
    </message>
    <message>
        <source>The team server returned no answer.</source>
        <translation>El servidor de equipo no devolvió ninguna respuesta.</translation>
    </message>
    <message>
        <source>The team workspace %1 was upgraded by another client while it was being opened. Open it again.</source>
        <translation>Otro cliente actualizó el espacio de trabajo de equipo %1 mientras se abría. Vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Upgrading the team workspace %1 to schema %2 failed: %3. It was left as it was.</source>
        <translation>Error al actualizar el espacio de trabajo de equipo %1 al esquema %2: %3. Se dejó como estaba.</translation>
    </message>
    <message>
        <source>This installation cannot reach team servers: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Esta instalación no puede acceder a servidores de equipo: falta el controlador PostgreSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 on the team server is empty. An administrator creates the team workspace there with `channeldesk server init`.</source>
        <translation>La base de datos %1 del servidor de equipo está vacía. Un administrador crea allí el espacio de trabajo de equipo con `channeldesk server init`.</translation>
    </message>
    <message>
        <source>The database %1 is not empty; a new team workspace needs an empty database. Nothing was changed.</source>
        <translation>La base de datos %1 no está vacía; un espacio de trabajo de equipo nuevo necesita una base de datos vacía. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a ChannelDesk workspace. Nothing was changed.</source>
        <translation>La base de datos %1 contiene tablas de otro programa, no un espacio de trabajo de ChannelDesk. No se cambió nada.</translation>
    </message>
    <message>
        <source>The team workspace %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Update ChannelDesk to open it.</source>
        <translation>El espacio de trabajo de equipo %1 lo escribió una versión más reciente de ChannelDesk (esquema %2; esta versión lee hasta el %3). Actualice ChannelDesk para abrirlo.</translation>
    </message>
    <message>
        <source>The team workspace %1 has schema %2 and must be upgraded before it can be read.</source>
        <translation>El espacio de trabajo de equipo %1 tiene el esquema %2 y debe actualizarse antes de poder leerse.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and cannot be opened. It was left unchanged; restore it from a backup.</source>
        <translation>El espacio de trabajo %1 está dañado y no se puede abrir. Se dejó sin cambios; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another program. Close it there and try again.</source>
        <translation>Otro programa ha bloqueado el espacio de trabajo %1. Ciérrelo allí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk workspace (it is not a database).</source>
        <translation>%1 no es un espacio de trabajo de ChannelDesk (no es una base de datos).</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written to.</source>
        <translation>No se puede escribir en el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened or created here.</source>
        <translation>El espacio de trabajo %1 no se puede abrir ni crear aquí.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read: %2</source>
        <translation>No se pudo leer el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a ChannelDesk workspace. It was left unchanged.</source>
        <translation>%1 es una base de datos de otro programa, no un espacio de trabajo de ChannelDesk. Se dejó sin cambios.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Update ChannelDesk to open it.</source>
        <translation>El espacio de trabajo %1 lo escribió una versión más reciente de ChannelDesk (esquema %2; esta versión lee hasta el %3). Actualice ChannelDesk para abrirlo.</translation>
    </message>
    <message>
        <source>it has %1 that ChannelDesk did not create</source>
        <translation>tiene %1 que ChannelDesk no creó</translation>
    </message>
    <message>
        <source>it lacks %1 of schema %2</source>
        <translation>le falta %1 del esquema %2</translation>
    </message>
    <message>
        <source>%1 carries the ChannelDesk mark but is not a workspace ChannelDesk made (%2). It was left unchanged.</source>
        <translation>%1 lleva la marca de ChannelDesk, pero no es un espacio de trabajo creado por ChannelDesk (%2). Se dejó sin cambios.</translation>
    </message>
    <message>
        <source>The workspace %1 was changed by another program while it was being opened. Try again.</source>
        <translation>Otro programa modificó el espacio de trabajo %1 mientras se abría. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Upgrading the workspace %1 to schema %2 failed: %3. The workspace was left as it was.</source>
        <translation>Error al actualizar el espacio de trabajo %1 al esquema %2: %3. El espacio de trabajo se dejó como estaba.</translation>
    </message>
    <message>
        <source>The workspace %1 is open read-only: changes cannot be saved. Make the file and its folder writable, or copy it elsewhere, and open it again.</source>
        <translation>El espacio de trabajo %1 está abierto en modo de solo lectura: no se pueden guardar cambios. Permita la escritura en el archivo y su carpeta, o cópielo a otro lugar, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>No se indicó ningún archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>El espacio de trabajo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new workspace.</source>
        <translation>%1 ya existe; elija otro nombre para el nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 does not exist.</source>
        <translation>No se puede crear el espacio de trabajo %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read.</source>
        <translation>No se puede leer el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a ChannelDesk workspace. It was left unchanged: delete it, or choose another name for a new workspace.</source>
        <translation>%1 es un archivo vacío, no un espacio de trabajo de ChannelDesk. Se dejó sin cambios: elimínelo o elija otro nombre para un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: the file is shorter than its header says (it was cut off). It was left unchanged; restore it from a backup.</source>
        <translation>El espacio de trabajo %1 está dañado: el archivo es más corto de lo que indica su encabezado (está truncado). Se dejó sin cambios; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (the file, its folder or its disk cannot be written), so ChannelDesk cannot work in it. Make it writable or copy it to a writable folder; `channeldesk export` can still read it.</source>
        <translation>El espacio de trabajo %1 es de solo lectura (no se puede escribir en el archivo, su carpeta o su disco), así que ChannelDesk no puede trabajar en él. Permita la escritura o cópielo a una carpeta con permiso de escritura; `channeldesk export` todavía puede leerlo.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by an older version of ChannelDesk (schema %2) and must be upgraded before it can be read, which needs it writable.</source>
        <translation>El espacio de trabajo %1 lo escribió una versión anterior de ChannelDesk (esquema %2) y debe actualizarse antes de poder leerse, para lo cual debe admitir escritura.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: %2</source>
        <translation>No se puede crear el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created here.</source>
        <translation>No se puede crear aquí el espacio de trabajo %1.</translation>
    </message>
</context>
<context>
    <name>WorkspacePush</name>
    <message>
        <source>The database returned no answer.</source>
        <translation>La base de datos no devolvió ninguna respuesta.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by an older version of ChannelDesk (schema %2; this version pushes schema %3). Open it once with this version (channeldesk --workspace FILE), which upgrades it, then push it again. It was left unchanged.</source>
        <translation>El espacio de trabajo %1 lo escribió una versión anterior de ChannelDesk (esquema %2; esta versión envía el esquema %3). Ábralo una vez con esta versión (channeldesk --workspace ARCHIVO), que lo actualiza, y vuelva a enviarlo. Se dejó sin cambios.</translation>
    </message>
    <message>
        <source>The workspace %1 has a table %2 that the team server&apos;s schema lacks; nothing was pushed.</source>
        <translation>El espacio de trabajo %1 tiene una tabla %2 que no existe en el esquema del servidor de equipo; no se envió nada.</translation>
    </message>
    <message>
        <source>The team server&apos;s tables %1 refer to each other in a circle; they cannot be copied one after the other.</source>
        <translation>Las tablas %1 del servidor de equipo se hacen referencia entre sí en círculo; no se pueden copiar una tras otra.</translation>
    </message>
    <message>
        <source>The database %1 already holds a ChannelDesk workspace (schema %2). Push needs an empty database; nothing was changed.</source>
        <translation>La base de datos %1 ya contiene un espacio de trabajo de ChannelDesk (esquema %2). El envío necesita una base de datos vacía; no se cambió nada.</translation>
    </message>
    <message>
        <source>The database %1 is not empty: it holds tables of another program. Push needs an empty database; nothing was changed.</source>
        <translation>La base de datos %1 no está vacía: contiene tablas de otro programa. El envío necesita una base de datos vacía; no se cambió nada.</translation>
    </message>
    <message>
        <source>Creating the schema on %1 failed at migration %2: %3</source>
        <translation>Error al crear el esquema en %1 en la migración %2: %3</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>Error al copiar la tabla %1: %2</translation>
    </message>
    <message>
        <source>The table %1 changed while it was being copied (%2 rows counted, %3 read).</source>
        <translation>La tabla %1 cambió mientras se copiaba (%2 filas contadas, %3 leídas).</translation>
    </message>
    <message>
        <source>Push copies a workspace file to a team server; the first argument must be a file, not a server address.</source>
        <translation>El envío copia un archivo de espacio de trabajo a un servidor de equipo; el primer argumento debe ser un archivo, no la dirección de un servidor.</translation>
    </message>
    <message>
        <source>Push needs the team database as postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE, not “%1”.</source>
        <translation>El envío necesita la base de datos de equipo como postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE, no «%1».</translation>
    </message>
    <message>
        <source>This installation cannot reach team servers: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Esta instalación no puede acceder a servidores de equipo: falta el controlador PostgreSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the team server %1: %2</source>
        <translation>No se pudo conectar al servidor de equipo %1: %2</translation>
    </message>
    <message>
        <source>Pushing %1 to %2 failed; the team database was left as it was (empty). %3</source>
        <translation>Error al enviar %1 a %2; la base de datos de equipo se dejó como estaba (vacía). %3</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>Enter the name of your company.</source>
        <translation>Introduzca el nombre de su empresa.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Introduzca su nombre.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Introduzca su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Esta no es una dirección de correo electrónico válida.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Generating %1 of %2 records</source>
        <translation>Generando %1 de %2 registros</translation>
    </message>
    <message>
        <source>Wrote the demo workspace %1</source>
        <translation>Se escribió el espacio de trabajo de demostración %1</translation>
    </message>
    <message>
        <source>Checking the workspace for damage before writing to it…</source>
        <translation>Comprobando si el espacio de trabajo está dañado antes de escribir en él…</translation>
    </message>
    <message numerus="yes">
        <source>Importing: %n rows read (%1%)</source>
        <translation>
            <numerusform>Importando: %n fila leída (%1%)</numerusform>
            <numerusform>Importando: %n filas leídas (%1%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the workspace: another program is writing to it…</source>
        <translation>Esperando al espacio de trabajo: otro programa está escribiendo en él…</translation>
    </message>
    <message>
        <source>Importing %1 as %2 in %3</source>
        <translation>Importando %1 como %2 en %3</translation>
    </message>
    <message>
        <source>Columns not imported:</source>
        <translation>Columnas no importadas:</translation>
    </message>
    <message numerus="yes">
        <source>Read %n rows in %1 s (%2 rows/s)</source>
        <translation>
            <numerusform>Se leyó %n fila en %1 s (%2 filas/s)</numerusform>
            <numerusform>Se leyeron %n filas en %1 s (%2 filas/s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows</source>
        <translation>Se exportaron %1 de %2 filas</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 starts with an empty line; the login needs a password.</source>
        <translation>El archivo de contraseña %1 empieza con una línea vacía; el inicio de sesión necesita una contraseña.</translation>
    </message>
    <message>
        <source>Password of the login: </source>
        <translation>Contraseña del inicio de sesión: </translation>
    </message>
    <message>
        <source>No password was given; the login needs one.</source>
        <translation>No se indicó ninguna contraseña; el inicio de sesión necesita una.</translation>
    </message>
    <message>
        <source>Pushing: %1 of %2 rows copied (%3)</source>
        <translation>Enviando: %1 de %2 filas copiadas (%3)</translation>
    </message>
    <message>
        <source>Pushed %1 rows of %2 tables to %3 in %4 s (%5 rows/s; schema %6 s, rows %7 s at %8 rows/s)</source>
        <translation>Se enviaron %1 filas de %2 tablas a %3 en %4 s (%5 filas/s; esquema %6 s, filas %7 s a %8 filas/s)</translation>
    </message>
    <message>
        <source>Created the team workspace %1</source>
        <translation>Se creó el espacio de trabajo de equipo %1</translation>
    </message>
    <message numerus="yes">
        <source>with the demo and %n login(s), password as given (default %1)</source>
        <translation>
            <numerusform>con la demostración y %n inicio de sesión, contraseña según lo indicado (predeterminada %1)</numerusform>
            <numerusform>con la demostración y %n inicios de sesión, contraseña según lo indicado (predeterminada %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added user %1 (login %2) to %3</source>
        <translation>Se añadió el usuario %1 (inicio de sesión %2) a %3</translation>
    </message>
    <message>
        <source>Set the login %1 of user %2</source>
        <translation>Se estableció el inicio de sesión %1 del usuario %2</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows as %1 in %2 to %3</source>
        <translation>
            <numerusform>Se exportó %n fila como %1 en %2 a %3</numerusform>
            <numerusform>Se exportaron %n filas como %1 en %2 a %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;channeldesk --help&apos;.</source>
        <translation>Pruebe «channeldesk --help».</translation>
    </message>
</context>
</TS>
