<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <source>I have read and &amp;accept this agreement</source>
        <translation>Я прочитал(а) и &amp;принимаю это соглашение</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Принять приглашение</translation>
    </message>
    <message>
        <source>channeldesk://activate?token=…</source>
        <translation>channeldesk://activate?token=…</translation>
    </message>
    <message>
        <source>Agreement description</source>
        <translation>Описание соглашения</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Activation &amp;link:</source>
        <translation>&amp;Ссылка активации:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Соглашение:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Ваш &amp;e-mail:</translation>
    </message>
    <message>
        <source>Paste the activation link you received.</source>
        <translation>Вставьте полученную ссылку активации.</translation>
    </message>
    <message>
        <source>%1 invites %2. The invitation is valid until %3.</source>
        <translation>%1 приглашает %2. Приглашение действительно до %3.</translation>
    </message>
    <message>
        <source>%1 (stored in the workspace)</source>
        <translation>%1 (хранится в рабочей области)</translation>
    </message>
    <message>
        <source>None: the description above is the agreement.</source>
        <translation>Нет: соглашением является описание выше.</translation>
    </message>
</context>
<context>
    <name>AccountMemberModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учетные записи</translation>
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
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Штаб-квартира</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Страны</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>Отрас&amp;ль</translation>
    </message>
    <message>
        <source>&amp;Websites</source>
        <translation>&amp;Веб-сайты</translation>
    </message>
    <message>
        <source>&amp;Technical contact</source>
        <translation>&amp;Технический контакт</translation>
    </message>
    <message>
        <source>Technical e-&amp;mail</source>
        <translation>E-mail технического &amp;контакта</translation>
    </message>
    <message>
        <source>&amp;Business contact</source>
        <translation>&amp;Деловой контакт</translation>
    </message>
    <message>
        <source>Business e-m&amp;ail</source>
        <translation>E-mail делового конт&amp;акта</translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation>Видео: %1 — %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <source>Image: %1%2</source>
        <translation>Изображение: %1%2</translation>
    </message>
    <message>
        <source>Edit profile — %1</source>
        <translation>Редактирование профиля — %1</translation>
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
        <translation>Италия, Испания</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медиафайлы</translation>
    </message>
    <message>
        <source>Images and &amp;videos:</source>
        <translation>Изобра&amp;жения и видео:</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>Изображения и видео</translation>
    </message>
    <message>
        <source>Add i&amp;mage…</source>
        <translation>Добавить изо&amp;бражение…</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP, at most %1 MB; stored in the workspace</source>
        <translation>PNG, JPEG, GIF или WebP, не более %1 МБ; хранится в рабочей области</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>https://video.example/watch?v=1</source>
        <translation>https://video.example/watch?v=1</translation>
    </message>
    <message>
        <source>Video &amp;title:</source>
        <translation>&amp;Название видео:</translation>
    </message>
    <message>
        <source>Video lin&amp;k:</source>
        <translation>Ссылка на в&amp;идео:</translation>
    </message>
    <message>
        <source>Add vi&amp;deo link</source>
        <translation>Добавить ссы&amp;лку на видео</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Добавить изображение</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>What you typed is still here: copy what you need, then close and open the profile again to see the changes.</source>
        <translation>Введенные данные сохранены здесь: скопируйте нужное, затем закройте и снова откройте профиль, чтобы увидеть изменения.</translation>
    </message>
</context>
<context>
    <name>AccountProfileService</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Учетная запись %1 не существует.</translation>
    </message>
    <message>
        <source>Editing your company&apos;s profile needs the CRM admin, manager or marketeer role.</source>
        <translation>Для редактирования профиля вашей компании нужна роль администратора, менеджера или маркетолога CRM.</translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation>%1 не является вашим партнером.</translation>
    </message>
    <message>
        <source>%1 has users of its own: only they edit its profile.</source>
        <translation>У %1 есть собственные пользователи: только они редактируют профиль.</translation>
    </message>
    <message>
        <source>%1 is removed: restore the partner to edit its profile.</source>
        <translation>%1 удален: восстановите партнера, чтобы редактировать его профиль.</translation>
    </message>
    <message>
        <source>Editing a partner&apos;s profile needs the CRM admin or manager role.</source>
        <translation>Для редактирования профиля партнера нужна роль администратора или менеджера CRM.</translation>
    </message>
    <message>
        <source>Choose the image file.</source>
        <translation>Выберите файл изображения.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Файл %1 пуст.</translation>
    </message>
    <message>
        <source>The image %1 is larger than %2 MB.</source>
        <translation>Изображение %1 больше %2 МБ.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 не является изображением PNG, JPEG, GIF или WebP.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не более %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Это недопустимый адрес e-mail.</translation>
    </message>
    <message>
        <source>At most %1 images and videos.</source>
        <translation>Не более %1 изображений и видео.</translation>
    </message>
    <message>
        <source>The title has at most %1 characters.</source>
        <translation>Название может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Ссылка: %1</translation>
    </message>
    <message>
        <source>Enter the video&apos;s link, e.g. https://video.example/watch?v=1.</source>
        <translation>Введите ссылку на видео, например https://video.example/watch?v=1.</translation>
    </message>
    <message>
        <source>A media item is an image or a video.</source>
        <translation>Медиафайл — это изображение или видео.</translation>
    </message>
    <message>
        <source>The profile of %1</source>
        <translation>Профиль %1</translation>
    </message>
    <message>
        <source>The image %1 is not one of this profile&apos;s images.</source>
        <translation>Изображение %1 не относится к изображениям этого профиля.</translation>
    </message>
</context>
<context>
    <name>AccountRole</name>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Дистрибьютор</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Реселлер</translation>
    </message>
</context>
<context>
    <name>AccountUsers</name>
    <message>
        <source>Only a CRM admin of %1 may manage its users.</source>
        <translation>Управлять пользователями %1 может только его администратор CRM.</translation>
    </message>
    <message>
        <source>User %1 is not a user of %2.</source>
        <translation>Пользователь %1 не является пользователем %2.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не более %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>Enter the user&apos;s e-mail address.</source>
        <translation>Введите адрес e-mail пользователя.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Это недопустимый адрес e-mail.</translation>
    </message>
    <message>
        <source>%1 already has the e-mail address %2: add the existing user instead.</source>
        <translation>У %1 уже есть адрес e-mail %2: добавьте существующего пользователя.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of a user of this workspace.</source>
        <translation>Введите адрес e-mail пользователя этой рабочей области.</translation>
    </message>
    <message>
        <source>No user has the e-mail address %1: add a new user instead.</source>
        <translation>Нет пользователя с адресом e-mail %1: добавьте нового пользователя.</translation>
    </message>
    <message>
        <source>%1 is already a user of %2.</source>
        <translation>%1 уже является пользователем %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one CRM admin: make another user CRM admin first.</source>
        <translation>В %1 должен быть хотя бы один администратор CRM: сначала назначьте администратором CRM другого пользователя.</translation>
    </message>
    <message>
        <source>The last CRM admin of %1 cannot be removed: make another user CRM admin first.</source>
        <translation>Последнего администратора CRM в %1 удалить нельзя: сначала назначьте администратором CRM другого пользователя.</translation>
    </message>
</context>
<context>
    <name>ActingAsSwitcher</name>
    <message>
        <source>The user and account ChannelDesk acts as. The account decides which portal you see.</source>
        <translation>Пользователь и учетная запись, от имени которых работает ChannelDesk. Учетная запись определяет, какой портал вы видите.</translation>
    </message>
    <message>
        <source>Acting &amp;as:</source>
        <translation>&amp;Работать от имени:</translation>
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
        <translation>В этой рабочей области нет пользователя %1: укажите ID или e-mail пользователя.</translation>
    </message>
    <message>
        <source>The user %1 is not a member of any account.</source>
        <translation>Пользователь %1 не состоит ни в одной учетной записи.</translation>
    </message>
</context>
<context>
    <name>ActivationLinkRow</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Activation &amp;link:</source>
        <translation>&amp;Ссылка активации:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>The link works once and expires on %1 at %2.</source>
        <translation>Ссылка срабатывает один раз и действительна до %1 %2.</translation>
    </message>
</context>
<context>
    <name>AddPartnerAccountPage</name>
    <message>
        <source>Select &amp;all</source>
        <translation>Выбрать &amp;все</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Данные учетной записи</translation>
    </message>
    <message>
        <source>Add users to the new partner account. They can act in it as CRM admins.</source>
        <translation>Добавьте пользователей в новую учетную запись партнера. Они смогут работать в ней как администраторы CRM.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Пользователи:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
</context>
<context>
    <name>AddPartnerActionPage</name>
    <message>
        <source>Create partner &amp;account</source>
        <translation>Создать &amp;учетную запись партнера</translation>
    </message>
    <message>
        <source>Generate &amp;invitation link</source>
        <translation>Сгенерировать ссылку-&amp;приглашение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Create the account for the partner and your users now, or invite the partner to complete the registration.</source>
        <translation>Создайте учетную запись для партнера и ваших пользователей сейчас или пригласите партнера завершить регистрацию.</translation>
    </message>
    <message>
        <source>The partner is Active at once and its contract signed; you pick the users of the new account next.</source>
        <translation>Партнер сразу становится активным, а его договор — подписанным; на следующем шаге вы выберете пользователей новой учетной записи.</translation>
    </message>
    <message>
        <source>The partner is Invited and its contract Pending until it opens the activation link and accepts.</source>
        <translation>Партнер остается в статусе «Приглашен», а его договор — «Ожидает», пока партнер не откроет ссылку активации и не примет приглашение.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Сгенерировать</translation>
    </message>
</context>
<context>
    <name>AddPartnerAgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation>&amp;Соглашения:</translation>
    </message>
    <message>
        <source>The program agreement the new vendor signs with you.</source>
        <translation>Программное соглашение, которое новый вендор подписывает с вами.</translation>
    </message>
    <message>
        <source>The service agreement the new reseller signs with you.</source>
        <translation>Сервисное соглашение, которое новый реселлер подписывает с вами.</translation>
    </message>
    <message>
        <source>Pick the program agreement the new vendor signs.</source>
        <translation>Выберите программное соглашение, которое подписывает новый вендор.</translation>
    </message>
    <message>
        <source>Pick the service agreement the new reseller signs.</source>
        <translation>Выберите сервисное соглашение, которое подписывает новый реселлер.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 Agreement</source>
        <translation>Соглашение с %1</translation>
    </message>
    <message>
        <source>Existing agreements</source>
        <translation>Существующие соглашения</translation>
    </message>
    <message>
        <source>You have no “%1” agreement yet: go Back and tick Create new agreement.</source>
        <translation>У вас еще нет соглашения типа «%1»: вернитесь назад и отметьте «Создать новое соглашение».</translation>
    </message>
</context>
<context>
    <name>AddPartnerDetailsPage</name>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Вендор</translation>
    </message>
    <message>
        <source>&amp;Reseller</source>
        <translation>&amp;Реселлер</translation>
    </message>
    <message>
        <source>Create new &amp;agreement</source>
        <translation>Создать новое &amp;соглашение</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Сведения о партнере</translation>
    </message>
    <message>
        <source>Who is the new partner? A vendor signs a program agreement with you; a reseller a service agreement.</source>
        <translation>Кто новый партнер? Вендор подписывает с вами программное соглашение, реселлер — сервисное.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Partner &amp;name *</source>
        <translation>&amp;Название партнера *</translation>
    </message>
    <message>
        <source>Partner &amp;External ID (optional)</source>
        <translation>Вне&amp;шний ID партнера (необязательно)</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Дополнительные атрибуты</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>Стр&amp;аны</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>Отрас&amp;ль</translation>
    </message>
    <message>
        <source>&amp;Technical contact</source>
        <translation>&amp;Технический контакт</translation>
    </message>
    <message>
        <source>Technical contact e-&amp;mail</source>
        <translation>E-mail технического &amp;контакта</translation>
    </message>
    <message>
        <source>&amp;Business contact</source>
        <translation>&amp;Деловой контакт</translation>
    </message>
    <message>
        <source>Business contact e-ma&amp;il</source>
        <translation>E-mail делово&amp;го контакта</translation>
    </message>
</context>
<context>
    <name>AddPartnerMarketplacesPage</name>
    <message>
        <source>Marketplaces</source>
        <translation>Маркетплейсы</translation>
    </message>
    <message>
        <source>&amp;Marketplaces:</source>
        <translation>&amp;Маркетплейсы:</translation>
    </message>
    <message>
        <source>Pick zero or more marketplaces: a distribution agreement under the new program agreement is created for each. You can also add them later.</source>
        <translation>Выберите маркетплейсы (можно ни одного): для каждого будет создано соглашение о дистрибуции в рамках нового программного соглашения. Их можно добавить и позже.</translation>
    </message>
    <message>
        <source>Pick the marketplace the new service agreement is linked to.</source>
        <translation>Выберите маркетплейс, с которым связано новое сервисное соглашение.</translation>
    </message>
    <message>
        <source>%1 — %2 (already has the distribution agreement “%3”)</source>
        <translation>%1 — %2 (уже есть соглашение о дистрибуции «%3»)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A marketplace has at most one distribution agreement.</source>
        <translation>У маркетплейса может быть не более одного соглашения о дистрибуции.</translation>
    </message>
</context>
<context>
    <name>AddPartnerProductGroupsPage</name>
    <message>
        <source>Product groups</source>
        <translation>Группы продуктов</translation>
    </message>
    <message>
        <source>Pick the product groups available to the new reseller.</source>
        <translation>Выберите группы продуктов, доступные новому реселлеру.</translation>
    </message>
    <message>
        <source>&amp;Product groups:</source>
        <translation>&amp;Группы продуктов:</translation>
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
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Pass the activation link to your partner: it completes the registration and signs the contract.</source>
        <translation>Передайте ссылку активации партнеру: по ней он завершит регистрацию и подпишет договор.</translation>
    </message>
    <message>
        <source>The partner account is active and its contract signed.</source>
        <translation>Учетная запись партнера активна, его договор подписан.</translation>
    </message>
    <message>
        <source>Created partner</source>
        <translation>Созданный партнер</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнер:</translation>
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
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(создано)</translation>
    </message>
    <message>
        <source>(selected)</source>
        <translation>(выбрано)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
</context>
<context>
    <name>AddPartnerSyndicationPage</name>
    <message>
        <source>Syndication</source>
        <translation>Синдикация</translation>
    </message>
    <message>
        <source>Pick the syndication (sourcing) agreement for the new reseller.</source>
        <translation>Выберите соглашение о синдикации (соглашение-источник) для нового реселлера.</translation>
    </message>
    <message>
        <source>You have no syndication agreement yet, and this wizard cannot create one. Cancel, open Partners → Agreements, click New agreement… and create one of type Syndication; then add the reseller again.</source>
        <translation>У вас еще нет соглашения о синдикации, а этот мастер не может его создать. Нажмите «Отмена», откройте «Партнеры» → «Соглашения», нажмите «Новое соглашение…» и создайте соглашение типа «Синдикация»; затем снова добавьте реселлера.</translation>
    </message>
    <message>
        <source>&amp;Syndication agreements:</source>
        <translation>&amp;Соглашения о синдикации:</translation>
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
        <translation>Добавление партнера</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AdministrationModule</name>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Маркетплейсы</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Группы продуктов</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Размещения</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-ключи</translation>
    </message>
    <message>
        <source>Web forms</source>
        <translation>Веб-формы</translation>
    </message>
</context>
<context>
    <name>AgreementEditorDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Новое соглашение</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Parent program *</source>
        <translation>&amp;Родительская программа *</translation>
    </message>
    <message>
        <source>&amp;Marketplace *</source>
        <translation>&amp;Маркетплейс *</translation>
    </message>
    <message>
        <source>&amp;Sourcing agreement *</source>
        <translation>Соглашение-&amp;источник *</translation>
    </message>
    <message>
        <source>The description and document belong to the agreement&apos;s versions: use Versions… to add a version and activate it.</source>
        <translation>Описание и документ относятся к версиям соглашения: чтобы добавить версию и активировать ее, используйте «Версии…».</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Edit agreement %1</source>
        <translation>Редактирование соглашения %1</translation>
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
        <translation>Выберите программное соглашение</translation>
    </message>
    <message>
        <source>Choose a marketplace</source>
        <translation>Выберите маркетплейс</translation>
    </message>
    <message>
        <source>No marketplace</source>
        <translation>Нет маркетплейса</translation>
    </message>
    <message>
        <source>Choose a syndication agreement</source>
        <translation>Выберите соглашение о синдикации</translation>
    </message>
    <message>
        <source>No program agreement yet: create one first</source>
        <translation>Программных соглашений пока нет: сначала создайте его</translation>
    </message>
    <message>
        <source>No syndication agreement yet: create one first</source>
        <translation>Соглашений о синдикации пока нет: сначала создайте его</translation>
    </message>
    <message>
        <source>&amp;Marketplace</source>
        <translation>&amp;Маркетплейс</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Название *</translation>
    </message>
    <message>
        <source>&amp;Description *</source>
        <translation>О&amp;писание *</translation>
    </message>
    <message>
        <source>Document source</source>
        <translation>Источник документа</translation>
    </message>
    <message>
        <source>e.g. Champions LLC Agreement</source>
        <translation>например, Соглашение с Champions LLC</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Полужирный (%1)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Курсив (%1)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>What the partner agrees to</source>
        <translation>С чем соглашается партнер</translation>
    </message>
    <message>
        <source>https://example.com/agreement.pdf</source>
        <translation>https://example.com/agreement.pdf</translation>
    </message>
    <message>
        <source>Document &amp;URL:</source>
        <translation>&amp;URL документа:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Only agreement&apos;s description will be shown to the partner</source>
        <translation>Партнеру будет показано только описание соглашения</translation>
    </message>
    <message>
        <source>The partner opens the document at this http or https address.</source>
        <translation>Партнер открывает документ по этому адресу http или https.</translation>
    </message>
    <message>
        <source>The file is stored in the workspace (at most %1 MB).</source>
        <translation>Файл хранится в рабочей области (не более %1 МБ).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Choose the agreement&apos;s document</source>
        <translation>Выберите документ соглашения</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.html *.htm);;All files (*)</source>
        <translation>Документы (*.pdf *.docx *.txt *.html *.htm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>lines: %1 words: %2 %3/%4</source>
        <translation>строк: %1 слов: %2 %3/%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Активная версия</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>Only a CRM admin or manager of the agreement&apos;s owner may change its agreements.</source>
        <translation>Изменять соглашения может только администратор или менеджер CRM учетной записи-владельца.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Соглашение %1 не существует.</translation>
    </message>
    <message>
        <source>The agreement %1 belongs to another account.</source>
        <translation>Соглашение %1 принадлежит другой учетной записи.</translation>
    </message>
    <message>
        <source>The agreement %1 has no version %2.</source>
        <translation>У соглашения %1 нет версии %2.</translation>
    </message>
    <message>
        <source>Version %1 is the agreement&apos;s only version; an agreement keeps at least one.</source>
        <translation>Версия %1 — единственная версия соглашения; у соглашения должна остаться хотя бы одна версия.</translation>
    </message>
    <message>
        <source>Version %1 is the active version. Activate another version first.</source>
        <translation>Версия %1 активна. Сначала активируйте другую версию.</translation>
    </message>
    <message>
        <source>Version %1 is used by a contract.</source>
        <translation>Версия %1 используется договором.</translation>
    </message>
    <message>
        <source>Version %1 is used by %2 contracts.</source>
        <translation>Версия %1 используется договорами (%2).</translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation>Версия %1 не существует.</translation>
    </message>
    <message>
        <source>Already has a distribution agreement: %1 (%2).</source>
        <translation>Уже есть соглашение о дистрибуции: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>AgreementType</name>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Дистрибуция</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Синдикация</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Реферальное</translation>
    </message>
</context>
<context>
    <name>AgreementVersionsDialog</name>
    <message>
        <source>&amp;Add version…</source>
        <translation>&amp;Добавить версию…</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>Версии %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Версии:</translation>
    </message>
    <message>
        <source>Descri&amp;ption of the selected version:</source>
        <translation>&amp;Описание выбранной версии:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивна</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Новая версия %1</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>&amp;Сохранить версию</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Удаление версии</translation>
    </message>
    <message>
        <source>Delete version %1 of %2? This cannot be undone.</source>
        <translation>Удалить версию %1 соглашения %2? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>AgreementWriter</name>
    <message>
        <source>The marketplace %1 is not one of your marketplaces.</source>
        <translation>Маркетплейс %1 не является вашим маркетплейсом.</translation>
    </message>
    <message>
        <source>The marketplace %1 already has a distribution agreement (%2, %3). A marketplace has one distribution agreement.</source>
        <translation>У маркетплейса %1 уже есть соглашение о дистрибуции (%2, %3). У маркетплейса может быть только одно соглашение о дистрибуции.</translation>
    </message>
    <message>
        <source>The parent agreement %1 is not one of your program agreements.</source>
        <translation>Родительское соглашение %1 не является вашим программным соглашением.</translation>
    </message>
    <message>
        <source>The sourcing agreement %1 is not one of your syndication agreements.</source>
        <translation>Соглашение-источник %1 не является вашим соглашением о синдикации.</translation>
    </message>
    <message>
        <source>The product group %1 is not one of your product groups.</source>
        <translation>Группа продуктов %1 не является вашей группой продуктов.</translation>
    </message>
    <message>
        <source>Enter the address of the agreement&apos;s document.</source>
        <translation>Введите адрес документа соглашения.</translation>
    </message>
    <message>
        <source>Only http and https addresses are accepted for a document.</source>
        <translation>Для документа принимаются только адреса http и https.</translation>
    </message>
    <message>
        <source>This is not a document address, e.g. https://example.com/terms.pdf.</source>
        <translation>Это не адрес документа; пример: https://example.com/terms.pdf.</translation>
    </message>
    <message>
        <source>Enter a description of the agreement.</source>
        <translation>Введите описание соглашения.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>Длина описания — %1 символов; допускается не более %2.</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Выберите файл для загрузки.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Файл %1 пуст.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Файл больше %1 МБ.</translation>
    </message>
    <message>
        <source>Enter the agreement&apos;s name.</source>
        <translation>Введите название соглашения.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>Длина названия — %1 символов; допускается не более %2.</translation>
    </message>
    <message>
        <source>Choose the program agreement this distribution agreement is part of.</source>
        <translation>Выберите программное соглашение, частью которого является это соглашение о дистрибуции.</translation>
    </message>
    <message>
        <source>Choose the marketplace this distribution agreement covers.</source>
        <translation>Выберите маркетплейс, на который распространяется это соглашение о дистрибуции.</translation>
    </message>
    <message>
        <source>Choose the syndication agreement this service agreement sources from.</source>
        <translation>Выберите соглашение о синдикации, служащее источником для этого сервисного соглашения.</translation>
    </message>
    <message>
        <source>The description with its formatting takes %1 characters; the workspace stores at most %2. Shorten it or remove some formatting.</source>
        <translation>Описание с форматированием занимает %1 символов; рабочая область хранит не более %2. Сократите его или уберите часть форматирования.</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Новое соглашение…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Версии…</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Соглашений пока нет.</translation>
    </message>
    <message>
        <source>Create a program, distribution, service, syndication or referral agreement</source>
        <translation>Создать программное соглашение, соглашение о дистрибуции, сервисное, о синдикации или реферальное</translation>
    </message>
    <message>
        <source>Rename the selected agreement (or press Enter on it)</source>
        <translation>Переименовать выбранное соглашение (или нажмите Enter на нем)</translation>
    </message>
    <message>
        <source>Add, activate or delete versions of the selected agreement</source>
        <translation>Добавить, активировать или удалить версии выбранного соглашения</translation>
    </message>
    <message>
        <source>Could not show the agreements</source>
        <translation>Не удалось показать соглашения</translation>
    </message>
    <message>
        <source>Could not open the agreement</source>
        <translation>Не удалось открыть соглашение</translation>
    </message>
    <message>
        <source>Could not show the versions</source>
        <translation>Не удалось показать версии</translation>
    </message>
</context>
<context>
    <name>ApiIdempotency</name>
    <message>
        <source>The Idempotency-Key header is empty.</source>
        <translation>Заголовок Idempotency-Key пуст.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header has at most %1 characters.</source>
        <translation>Заголовок Idempotency-Key содержит не более %1 символов.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header takes printable ASCII characters without spaces.</source>
        <translation>Заголовок Idempotency-Key допускает только печатные символы ASCII без пробелов.</translation>
    </message>
    <message>
        <source>A request with this Idempotency-Key was answered already.</source>
        <translation>На запрос с этим Idempotency-Key уже был дан ответ.</translation>
    </message>
</context>
<context>
    <name>ApiKeyCommand</name>
    <message>
        <source>Created API key %1 “%2”: it acts as %3 (%4) in %5. The key follows on standard output; keep it secret, it is not shown again.</source>
        <translation>Создан API-ключ %1 «%2»: он действует от имени %3 (%4) в %5. Ключ выводится в стандартный вывод; храните его в секрете, повторно он не показывается.</translation>
    </message>
    <message>
        <source>Revoked API key %1 “%2”: it no longer works.</source>
        <translation>API-ключ %1 «%2» отозван: он больше не действует.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) of %1</source>
        <translation>
            <numerusform>%n API-ключ %1</numerusform>
            <numerusform>%n API-ключа %1</numerusform>
            <numerusform>%n API-ключей %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyListModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Key starts with</source>
        <translation>Начало ключа</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>Действует от имени</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Revoked on %1 by %2</source>
        <translation>Отозван %1 пользователем %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Отозван %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>ApiKeyService</name>
    <message>
        <source>Only a CRM admin of %1 may manage its API keys.</source>
        <translation>Управлять API-ключами %1 может только его администратор CRM.</translation>
    </message>
    <message>
        <source>%1 has no API key %2.</source>
        <translation>У %1 нет API-ключа %2.</translation>
    </message>
    <message>
        <source>The API key is not valid: it is unknown or was revoked, or its user no longer has its role in its account.</source>
        <translation>API-ключ недействителен: он неизвестен или отозван, либо его пользователь больше не имеет своей роли в своей учетной записи.</translation>
    </message>
    <message>
        <source>Give the key a name that says what it is for, such as the website that sends the leads.</source>
        <translation>Дайте ключу название, по которому понятно его назначение, например сайт, который отправляет лиды.</translation>
    </message>
    <message>
        <source>A key&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>Название ключа содержит не более %1 символов; в этом — %2.</translation>
    </message>
    <message>
        <source>API key %1 (“%2”) was already revoked on %3.</source>
        <translation>API-ключ %1 («%2») уже был отозван %3.</translation>
    </message>
    <message>
        <source>API key %1 was revoked meanwhile by someone else.</source>
        <translation>API-ключ %1 тем временем отозвал кто-то другой.</translation>
    </message>
    <message>
        <source>This is not a ChannelDesk API key: a key is “%1” followed by 43 letters, digits, “-” or “_”.</source>
        <translation>Это не API-ключ ChannelDesk: ключ — это «%1» и 43 буквы, цифры, «-» или «_».</translation>
    </message>
</context>
<context>
    <name>ApiKeysTab</name>
    <message>
        <source>API keys</source>
        <translation>API-ключи</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Новый ключ…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>No API keys yet. A key lets your website or another program send leads to the REST API; create one with New key…</source>
        <translation>API-ключей пока нет. Ключ позволяет вашему сайту или другой программе отправлять лиды в REST API; создайте его кнопкой «Новый ключ…»</translation>
    </message>
    <message>
        <source>Create a key for the REST API; it is shown once</source>
        <translation>Создать ключ для REST API; он показывается один раз</translation>
    </message>
    <message>
        <source>Revoke the selected key: it stops working at once</source>
        <translation>Отозвать выбранный ключ: он сразу перестанет действовать</translation>
    </message>
    <message>
        <source>Could not show the API keys</source>
        <translation>Не удалось показать API-ключи</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Отзыв API-ключа</translation>
    </message>
    <message>
        <source>Revoke the API key “%1” (%2)? Programs that send it are refused from now on. This cannot be undone.</source>
        <translation>Отозвать API-ключ «%1» (%2)? Программы, которые его отправляют, с этого момента получают отказ. Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>AppLanguage</name>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>CatalogAccess</name>
    <message>
        <source>Only a CRM admin or manager of a vendor account may change its products and request listings.</source>
        <translation>Изменять продукты и запрашивать размещения может только администратор или менеджер CRM учетной записи вендора.</translation>
    </message>
    <message>
        <source>Only a CRM admin or manager of a distributor or reseller account may change its marketplaces, product groups and listings.</source>
        <translation>Изменять маркетплейсы, группы продуктов и размещения может только администратор или менеджер CRM учетной записи дистрибьютора или реселлера.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не более %1 символов (сейчас %2).</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Удалить выбранную строку</translation>
    </message>
    <message>
        <source>Could not show the list</source>
        <translation>Не удалось показать список</translation>
    </message>
    <message>
        <source>Could not open the editor</source>
        <translation>Не удалось открыть редактор</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Удаление невозможно</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>Удалить %1 (%2)? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Не удалось удалить</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write: channeldesk server init URL [--demo] [--demo-password PASS]</source>
        <translation>Формат: channeldesk server init URL [--demo] [--demo-password PASS]</translation>
    </message>
    <message>
        <source>Write: channeldesk server set-password URL --email E [--password-file F]</source>
        <translation>Формат: channeldesk server set-password URL --email E [--password-file F]</translation>
    </message>
    <message>
        <source>Write: channeldesk server add-user URL --email E --name NAME --account ACCOUNT --role ROLE [--password-file F]</source>
        <translation>Формат: channeldesk server add-user URL --email E --name NAME --account ACCOUNT --role ROLE [--password-file F]</translation>
    </message>
    <message>
        <source>Give --%1 at most once.</source>
        <translation>Укажите --%1 не более одного раза.</translation>
    </message>
    <message>
        <source>--demo-password goes with --demo.</source>
        <translation>--demo-password используется вместе с --demo.</translation>
    </message>
    <message>
        <source>--demo-password needs a password.</source>
        <translation>Для --demo-password нужен пароль.</translation>
    </message>
    <message>
        <source>--password-file needs a file path.</source>
        <translation>Для --password-file нужен путь к файлу.</translation>
    </message>
    <message>
        <source>server set-password needs --email.</source>
        <translation>Для server set-password нужен параметр --email.</translation>
    </message>
    <message>
        <source>server add-user needs --%1.</source>
        <translation>Для server add-user нужен параметр --%1.</translation>
    </message>
    <message>
        <source>--role is one of %1, not “%2”.</source>
        <translation>--role принимает одно из значений %1, а не «%2».</translation>
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
        <translation>ChannelDesk: лиды и партнеры по каналу продаж на вашем компьютере.

Без команды открывается окно. Команды:
  import leads|partners FILE  Импортировать строки CSV-файла FILE (UTF-8; разделитель —
      запятая, точка с запятой или табуляция); столбцы сопоставляются с полями по заголовку.
      Ход выполнения и пропущенные строки с их номерами выводятся в stderr,
      итог — в stdout.
  export leads|partners FILE  Записать реестр в CSV-файл FILE с учетом --search, --sort
      и --desc (для лидов также --created-from и --created-to).
Обе команды работают от имени --as в --account (по умолчанию: пользователь и учетная
запись рабочей области) в --workspace (по умолчанию: последняя или стандартная).
  server init URL [--demo] [--demo-password PASS]  Создать командную рабочую область
      (схема, роли, защита на уровне строк) в пустой базе данных PostgreSQL URL; с --demo
      также демоданные и учетные данные для каждого демопользователя (пароль channeldesk-demo).
  server add-user URL --email E --name NAME --account ACCOUNT --role ROLE
      [--password-file F]  Добавить пользователя, его членство и учетные данные для входа
      (адрес e-mail); пароль — первая строка F, иначе запрашивается в терминале.
  server set-password URL --email E [--password-file F]  Создать или изменить учетные данные
      пользователя с e-mail E (например, после server push).
  server push FILE URL  Скопировать файл рабочей области FILE (все записи с их ID,
      историю, сохраненные файлы) в пустую командную базу данных URL
      (postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE). FILE только читается.

Коды завершения: 0 — выполнено (import: импортированы все строки); 1 — ошибка;
2 — неверная командная строка; 3 — import: некоторые строки пропущены.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation>Открыть файл рабочей области PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Write a new demo workspace to PATH and exit. An existing file is never overwritten.</source>
        <translation>Записать новую демонстрационную рабочую область в PATH и выйти. Существующий файл никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>Open the invitation LINK to accept it (in the given or last workspace).</source>
        <translation>Открыть ссылку-приглашение LINK, чтобы принять его (в указанной или последней рабочей области).</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>LINK</translation>
    </message>
    <message>
        <source>With --demo: add N generated leads.</source>
        <translation>С --demo: добавить N сгенерированных лидов.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --demo: add M generated partners.</source>
        <translation>С --demo: добавить M сгенерированных партнеров.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>import/export: act as the user with this ID or e-mail.</source>
        <translation>import/export: работать от имени пользователя с этим ID или e-mail.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>import/export: act in the account with this ID.</source>
        <translation>import/export: работать в учетной записи с этим ID.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>export: only the records the directory finds for TEXT.</source>
        <translation>export: только записи, которые реестр находит по TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>export: sort by the directory column COLUMN.</source>
        <translation>export: сортировать по столбцу реестра COLUMN.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <source>export: sort in descending order.</source>
        <translation>export: сортировать по убыванию.</translation>
    </message>
    <message>
        <source>export leads: only the leads created on DAY (YYYY-MM-DD, local time) or later.</source>
        <translation>export leads: только лиды, созданные в день DAY (YYYY-MM-DD, местное время) или позже.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>export leads: only the leads created on DAY (YYYY-MM-DD, local time) or earlier.</source>
        <translation>export leads: только лиды, созданные в день DAY (YYYY-MM-DD, местное время) или раньше.</translation>
    </message>
    <message>
        <source>import or export, then leads or partners, then FILE.</source>
        <translation>import или export, затем leads или partners, затем FILE.</translation>
    </message>
    <message>
        <source>Write: channeldesk server push FILE URL</source>
        <translation>Формат: channeldesk server push FILE URL</translation>
    </message>
    <message>
        <source>--%1 cannot be used with server push.</source>
        <translation>--%1 нельзя использовать с server push.</translation>
    </message>
    <message>
        <source>server push needs a workspace file, then the team database as postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE.</source>
        <translation>Для server push нужен файл рабочей области, а затем командная база данных в виде postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>Give --workspace and --demo at most once each.</source>
        <translation>Укажите --workspace и --demo не более одного раза каждый.</translation>
    </message>
    <message>
        <source>--%1 goes with the import or export command.</source>
        <translation>--%1 используется с командой import или export.</translation>
    </message>
    <message>
        <source>Write: channeldesk %1 leads|partners FILE</source>
        <translation>Формат: channeldesk %1 leads|partners FILE</translation>
    </message>
    <message>
        <source>%1 leads or partners, not “%2”.</source>
        <translation>%1: leads или partners, а не «%2».</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>--%1 cannot be used with %2.</source>
        <translation>--%1 нельзя использовать с %2.</translation>
    </message>
    <message>
        <source>--%1 goes with export, not import.</source>
        <translation>--%1 используется с export, а не с import.</translation>
    </message>
    <message>
        <source>--%1 goes with export leads.</source>
        <translation>--%1 используется с export leads.</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>Для %1 нужен путь к файлу.</translation>
    </message>
    <message>
        <source>--as needs a user&apos;s ID or e-mail.</source>
        <translation>Для --as нужен ID или e-mail пользователя.</translation>
    </message>
    <message>
        <source>--account needs an account ID.</source>
        <translation>Для --account нужен ID учетной записи.</translation>
    </message>
    <message>
        <source>--sort needs a column.</source>
        <translation>Для --sort нужен столбец.</translation>
    </message>
    <message>
        <source>--%1 needs a day (YYYY-MM-DD).</source>
        <translation>Для --%1 нужен день (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--workspace needs a file path.</source>
        <translation>Для --workspace нужен путь к файлу.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo и --workspace нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>--demo and --activate cannot be used together.</source>
        <translation>--demo и --activate нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>--activate needs the activation link.</source>
        <translation>Для --activate нужна ссылка активации.</translation>
    </message>
    <message>
        <source>--leads and --partners go with --demo.</source>
        <translation>--leads и --partners используются с --demo.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation>Для --%1 нужно целое число, не меньше 0.</translation>
    </message>
    <message>
        <source>--demo needs a file path.</source>
        <translation>Для --demo нужен путь к файлу.</translation>
    </message>
    <message>
        <source>

import-mail FILE.eml [--workspace PATH]: open the window with Create Lead filled in from the customer&apos;s e-mail FILE.eml (sender, company, subject and text; up to 10 MB); you pick the product and marketplace, nothing is saved until Create. A file that is no e-mail is refused with exit code 1.</source>
        <translation>

import-mail FILE.eml [--workspace PATH]: открыть окно с мастером создания лида, заполненным по письму клиента FILE.eml (отправитель, компания, тема и текст; до 10 МБ); продукт и маркетплейс выбираете вы, до нажатия «Создать» ничего не сохраняется. Файл, который не является письмом, отклоняется с кодом выхода 1.</translation>
    </message>
    <message>
        <source>Write: channeldesk import-mail FILE.eml [--workspace PATH]</source>
        <translation>Напишите: channeldesk import-mail FILE.eml [--workspace PATH]</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key create --workspace W --as USER --account ACCOUNT --name NAME</source>
        <translation>Формат: channeldesk api-key create --workspace W --as USER --account ACCOUNT --name NAME</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key revoke ID --workspace W --as USER --account ACCOUNT</source>
        <translation>Формат: channeldesk api-key revoke ID --workspace W --as USER --account ACCOUNT</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key list --workspace W --as USER --account ACCOUNT</source>
        <translation>Формат: channeldesk api-key list --workspace W --as USER --account ACCOUNT</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key create|list|revoke …</source>
        <translation>Формат: channeldesk api-key create|list|revoke …</translation>
    </message>
    <message>
        <source>api-key create, list or revoke, not “%1”.</source>
        <translation>api-key create, list или revoke, а не «%1».</translation>
    </message>
    <message>
        <source>api-key %1 needs --%2.</source>
        <translation>Для api-key %1 нужен параметр --%2.</translation>
    </message>
    <message>
        <source>api-key create needs --name.</source>
        <translation>Для api-key create нужен параметр --name.</translation>
    </message>
    <message>
        <source>--name goes with api-key create.</source>
        <translation>--name используется только с api-key create.</translation>
    </message>
    <message>
        <source>“%1” is not an API key ID (%2).</source>
        <translation>«%1» — не ID API-ключа (%2).</translation>
    </message>
    <message>
        <source>Keys of the REST API (W: a workspace file or a team server&apos;s postgresql:// URL):
  api-key create --workspace W --as USER --account ACCOUNT --name NAME  Create a key
      acting as USER, a CRM admin of ACCOUNT. Only the key goes to stdout, once: it
      is never shown again.
  api-key list --workspace W --as USER --account ACCOUNT  The account&apos;s keys.
  api-key revoke ID --workspace W --as USER --account ACCOUNT  Revoke a key at once.</source>
        <translation>Ключи REST API (W: файл рабочей области или URL postgresql:// командного сервера):
  api-key create --workspace W --as USER --account ACCOUNT --name NAME  Создать ключ,
      действующий от имени USER, администратора CRM в ACCOUNT. В stdout выводится
      только ключ, один раз: повторно он не показывается.
  api-key list --workspace W --as USER --account ACCOUNT  Ключи учетной записи.
  api-key revoke ID --workspace W --as USER --account ACCOUNT  Сразу отозвать ключ.</translation>
    </message>
    <message>
        <source>Write: channeldesk serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]</source>
        <translation>Формат: channeldesk serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]</translation>
    </message>
    <message>
        <source>serve needs --workspace.</source>
        <translation>Для serve нужен --workspace.</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, for example 127.0.0.1:8080 or [::1]:8080 (port 0: any free port).</source>
        <translation>--listen принимает HOST:PORT, например 127.0.0.1:8080 или [::1]:8080 (порт 0 — любой свободный порт).</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>Для HTTPS нужны и --tls-cert, и --tls-key.</translation>
    </message>
    <message>
        <source>

serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]: receive leads over HTTP (the REST API and published web forms) into the workspace W until stopped with Ctrl+C or SIGTERM; listens on 127.0.0.1:8080 unless told otherwise, HTTPS with a certificate and its key (PEM). One line per request on stdout.</source>
        <translation>

serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]: принимать лиды по HTTP (REST API и опубликованные веб-формы) в рабочее пространство W до остановки по Ctrl+C или SIGTERM; по умолчанию слушает 127.0.0.1:8080, HTTPS — с сертификатом и его ключом (PEM). По одной строке на запрос в stdout.</translation>
    </message>
</context>
<context>
    <name>CompanyTin</name>
    <message>
        <source>Use digits only.</source>
        <translation>Используйте только цифры.</translation>
    </message>
    <message>
        <source>The check digit does not match: this is not a valid 10-digit TIN.</source>
        <translation>Контрольная цифра не совпадает: это недействительный 10-значный ИНН.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid 12-digit TIN.</source>
        <translation>Контрольные цифры не совпадают: это недействительный 12-значный ИНН.</translation>
    </message>
    <message>
        <source>A TIN has 9, 10 or 12 digits (this one has %1).</source>
        <translation>ИНН содержит 9, 10 или 12 цифр (в этом — %1).</translation>
    </message>
</context>
<context>
    <name>ConnectionLoss</name>
    <message>
        <source>The connection to the team server was lost; nothing was saved. Reconnect and try again.</source>
        <translation>Соединение с командным сервером потеряно; ничего не сохранено. Подключитесь снова и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>ContractAction</name>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Зарегистрироваться</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Расторгнуть</translation>
    </message>
</context>
<context>
    <name>ContractActionRunner</name>
    <message>
        <source>Si&amp;gn</source>
        <translation>&amp;Подписать</translation>
    </message>
    <message>
        <source>Sign the selected pending contract</source>
        <translation>Подписать выбранный ожидающий договор</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>Reject the selected pending contract</source>
        <translation>Отклонить выбранный ожидающий договор</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected pending contract you issued</source>
        <translation>Удалить выбранный ожидающий договор, выданный вами</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Зарегистрироваться</translation>
    </message>
    <message>
        <source>Enroll in the selected contract</source>
        <translation>Зарегистрироваться в выбранном договоре</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Одобр&amp;ить</translation>
    </message>
    <message>
        <source>Approve the selected enrolled contract</source>
        <translation>Одобрить выбранный договор с регистрацией</translation>
    </message>
    <message>
        <source>Re&amp;fine</source>
        <translation>&amp;Вернуть на доработку</translation>
    </message>
    <message>
        <source>Send the selected contract back to enrolling</source>
        <translation>Вернуть выбранный договор на этап регистрации</translation>
    </message>
    <message>
        <source>Ter&amp;minate…</source>
        <translation>&amp;Расторгнуть…</translation>
    </message>
    <message>
        <source>Terminate the selected active contract</source>
        <translation>Расторгнуть выбранный активный договор</translation>
    </message>
    <message>
        <source>Reject contract %1</source>
        <translation>Отклонение договора %1</translation>
    </message>
    <message>
        <source>Terminate contract %1</source>
        <translation>Расторжение договора %1</translation>
    </message>
    <message>
        <source>Why? The other party sees this note.</source>
        <translation>Почему? Другая сторона увидит это примечание.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Примечание (необязательно):</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>Удаление договора</translation>
    </message>
    <message>
        <source>Delete the pending contract %1? An invitation link sent for it stops working. This cannot be undone.</source>
        <translation>Удалить ожидающий договор %1? Отправленная для него ссылка-приглашение перестанет работать. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Could not change the contract</source>
        <translation>Не удалось изменить договор</translation>
    </message>
</context>
<context>
    <name>ContractCreation</name>
    <message>
        <source>The agreement %1 has no active version.</source>
        <translation>У соглашения %1 нет активной версии.</translation>
    </message>
    <message>
        <source>Already has the distribution agreement %1 of another program (%2); a marketplace has one distribution agreement.</source>
        <translation>Уже есть соглашение о дистрибуции %1 другой программы (%2); у маркетплейса может быть только одно соглашение о дистрибуции.</translation>
    </message>
    <message>
        <source>Removed: restore the partner first.</source>
        <translation>Удален: сначала восстановите партнера.</translation>
    </message>
    <message>
        <source>Pick the partner.</source>
        <translation>Выберите партнера.</translation>
    </message>
    <message>
        <source>Pick the program agreement the distribution contract is part of.</source>
        <translation>Выберите программное соглашение, частью которого является договор о дистрибуции.</translation>
    </message>
    <message>
        <source>Pick the marketplace of the distribution contract.</source>
        <translation>Выберите маркетплейс договора о дистрибуции.</translation>
    </message>
    <message>
        <source>Adding contracts needs the CRM admin or manager role.</source>
        <translation>Для добавления договоров нужна роль администратора или менеджера CRM.</translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation>%1 не является вашим партнером.</translation>
    </message>
    <message>
        <source>%1 is removed. Restore the partner before adding contracts.</source>
        <translation>%1 удален. Восстановите партнера, прежде чем добавлять договоры.</translation>
    </message>
    <message>
        <source>%1 has no pending or active contract on the program agreement %2; a distribution contract is part of the partner&apos;s program.</source>
        <translation>У %1 нет ожидающего или активного договора по программному соглашению %2; договор о дистрибуции является частью программы партнера.</translation>
    </message>
    <message>
        <source>The marketplace %1 is not one of your marketplaces.</source>
        <translation>Маркетплейс %1 не является вашим маркетплейсом.</translation>
    </message>
    <message>
        <source>%1 already has the contract %2 (%3) on this agreement.</source>
        <translation>У %1 уже есть договор %2 (%3) по этому соглашению.</translation>
    </message>
    <message>
        <source>Pick the “%1” agreement.</source>
        <translation>Выберите соглашение типа «%1».</translation>
    </message>
    <message>
        <source>A “%1” contract is not for a “%2” partner; %3 may get: %4.</source>
        <translation>Договор типа «%1» не предназначен для партнера типа «%2»; для %3 доступны: %4.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 is not one of your “%2” agreements with an active version.</source>
        <translation>%1 не является вашим соглашением типа «%2» с активной версией.</translation>
    </message>
</context>
<context>
    <name>ContractDetails</name>
    <message>
        <source>The contract %1 does not exist.</source>
        <translation>Договор %1 не существует.</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>The contract %1 does not exist.</source>
        <translation>Договор %1 не существует.</translation>
    </message>
    <message>
        <source>The contract %1 has an unknown type or status.</source>
        <translation>У договора %1 неизвестный тип или статус.</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Договор %1</translation>
    </message>
    <message>
        <source>Only a CRM admin or CRM manager may act on contracts.</source>
        <translation>Выполнять действия с договорами может только администратор или менеджер CRM.</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>Примечание может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>Signing agreements needs the CRM admin or manager role.</source>
        <translation>Для подписания соглашений нужна роль администратора или менеджера CRM.</translation>
    </message>
    <message>
        <source>Only an active contract moves to an updated agreement version; %1 is %2.</source>
        <translation>На обновленную версию соглашения переходит только активный договор; статус %1 — «%2».</translation>
    </message>
    <message>
        <source>The contract %1 already uses version %2, the active one.</source>
        <translation>Договор %1 уже использует активную версию %2.</translation>
    </message>
    <message>
        <source>Only the issuer of the contract %1 can choose “%2”.</source>
        <translation>Только сторона, выдавшая договор %1, может выбрать «%2».</translation>
    </message>
    <message>
        <source>Only the partner of the contract %1 can choose “%2”.</source>
        <translation>Только партнер по договору %1 может выбрать «%2».</translation>
    </message>
    <message>
        <source>The “%1” contract %2 is %3: “%4” cannot change it.</source>
        <translation>Договор %2 типа «%1» имеет статус «%3»: действие «%4» к нему неприменимо.</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Enrolling</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонен</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
</context>
<context>
    <name>ContractWindow</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонен</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удален</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Sent back to enrolling</source>
        <translation>Возвращен на регистрацию</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
    <message>
        <source>Updated version signed</source>
        <translation>Подписана обновленная версия</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>версия %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удален</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>the partner was removed</source>
        <translation>партнер был удален</translation>
    </message>
    <message>
        <source>%1 — Contract</source>
        <translation>%1 — Договор</translation>
    </message>
    <message>
        <source>%1 contract</source>
        <translation>Договор типа «%1»</translation>
    </message>
    <message>
        <source>Contract ID</source>
        <translation>ID договора</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Sign &amp;updated version</source>
        <translation>Подписать &amp;обновленную версию</translation>
    </message>
    <message>
        <source>Move the contract to version %1 of the agreement</source>
        <translation>Перевести договор на версию %1 соглашения</translation>
    </message>
    <message>
        <source>Sign updated version</source>
        <translation>Подписать обновленную версию</translation>
    </message>
    <message>
        <source>There is nothing you can do with this contract now.</source>
        <translation>Сейчас с этим договором нельзя ничего сделать.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Сторона, выдавшая договор</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>%1 (version %2 is active)</source>
        <translation>%1 (активна версия %2)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
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
        <translation>Договоры</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Новый договор…</translation>
    </message>
    <message>
        <source>No contracts yet.</source>
        <translation>Договоров пока нет.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>Add a contract for one of your partners</source>
        <translation>Добавить договор с одним из ваших партнеров</translation>
    </message>
    <message>
        <source>Could not show the contracts</source>
        <translation>Не удалось показать договоры</translation>
    </message>
</context>
<context>
    <name>CreateLeadFormPage</name>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>%1 for %2 on %3. Fields marked * are required.</source>
        <translation>%1 для %2 на %3. Поля, отмеченные *, обязательны.</translation>
    </message>
    <message>
        <source>Default lead form</source>
        <translation>Форма лида по умолчанию</translation>
    </message>
    <message>
        <source>Lead form “%1”</source>
        <translation>Форма лида «%1»</translation>
    </message>
    <message>
        <source>%1: &lt;a href=&quot;%2:%3&quot;&gt;%4&lt;/a&gt; (%3)</source>
        <translation>%1: &lt;a href=&quot;%2:%3&quot;&gt;%4&lt;/a&gt; (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt; — you can still create the lead, or pick the existing record instead:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Возможные дубликаты&lt;/b&gt; — вы все равно можете создать лид или выбрать существующую запись:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>CreateLeadMarketplacePage</name>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Choose the distributor marketplace that the customer for this lead is coming in from.</source>
        <translation>Выберите маркетплейс дистрибьютора, с которого пришел клиент этого лида.</translation>
    </message>
    <message>
        <source>&amp;Marketplaces:</source>
        <translation>&amp;Маркетплейсы:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Маркетплейсы</translation>
    </message>
</context>
<context>
    <name>CreateLeadProductPage</name>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Choose the product the customer is interested in.</source>
        <translation>Выберите продукт, которым интересуется клиент.</translation>
    </message>
    <message>
        <source>Type part of the product or vendor name</source>
        <translation>Введите часть названия продукта или вендора</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Продукты:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No products are listed on your marketplaces yet. A vendor&apos;s product must be listed before leads can be created for it.</source>
        <translation>На ваших маркетплейсах пока не размещено ни одного продукта. Продукт вендора должен быть размещен, прежде чем по нему можно будет создавать лиды.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
</context>
<context>
    <name>CreateLeadSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Created lead</source>
        <translation>Созданный лид</translation>
    </message>
    <message>
        <source>The lead has been created. It is now available in both the distributor portal and the vendor (product owner) portal. Open any of the links below in a window of its own.</source>
        <translation>Лид создан. Теперь он доступен и в портале дистрибьютора, и в портале вендора (владельца продукта). Любую из ссылок ниже можно открыть в отдельном окне.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
</context>
<context>
    <name>CreateLeadWizard</name>
    <message>
        <source>Create Lead</source>
        <translation>Создание лида</translation>
    </message>
    <message>
        <source>&amp;Go to Details</source>
        <translation>&amp;Перейти к подробностям</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as “CSV UTF-8” and try again.</source>
        <translation>Строка %1: файл не является текстом в UTF-8. Сохраните его как «CSV UTF-8» и повторите попытку.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 million characters. Is a closing quote (&quot;) missing?</source>
        <translation>Строка %1: запись длиннее %2 млн символов. Возможно, не хватает закрывающей кавычки (&quot;)?</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed: a quote (&quot;) is missing.</source>
        <translation>Строка %1: поле в кавычках не закрыто: не хватает кавычки (&quot;).</translation>
    </message>
</context>
<context>
    <name>CsvSample</name>
    <message>
        <source>%1 is not a regular file (a pipe or a device?): it can be read only once. Save it to a file first, or import it with “channeldesk import leads|partners %1”, which reads it once.</source>
        <translation>%1 не является обычным файлом (канал или устройство?): его можно прочитать только один раз. Сначала сохраните его в файл или импортируйте командой «channeldesk import leads|partners %1», которая читает его один раз.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Файл пуст: в нем нет строки заголовка.</translation>
    </message>
</context>
<context>
    <name>CustomFieldListModel</name>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>CustomFieldType</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Флажок</translation>
    </message>
</context>
<context>
    <name>DayRange</name>
    <message>
        <source>“%1” is not a date: write the day as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>«%1» не является датой: укажите день в формате ГГГГ-ММ-ДД, например 2026-03-31.</translation>
    </message>
    <message>
        <source>The first day, %1, comes after the last day, %2.</source>
        <translation>Первый день, %1, позже последнего дня, %2.</translation>
    </message>
</context>
<context>
    <name>DemoVolume</name>
    <message>
        <source>Ask for 0 to %1 leads and 0 to %2 partners.</source>
        <translation>Можно запросить от 0 до %1 лидов и от 0 до %2 партнеров.</translation>
    </message>
    <message>
        <source>The workspace has no listings to put leads on.</source>
        <translation>В рабочей области нет размещений, к которым можно привязать лиды.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data refers to an unknown object &quot;%1&quot;.</source>
        <translation>Демоданные ссылаются на неизвестный объект «%1».</translation>
    </message>
    <message>
        <source>The workspace already has accounts; the demo can only fill an empty workspace.</source>
        <translation>В рабочей области уже есть учетные записи; демоданными можно заполнить только пустую рабочую область.</translation>
    </message>
</context>
<context>
    <name>DetailsParts</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
</context>
<context>
    <name>DirectoryExport</name>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Выберите хотя бы один столбец для экспорта.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Невозможно записать %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменен; файл не записан.</translation>
    </message>
</context>
<context>
    <name>DirectoryLoader</name>
    <message>
        <source>The directory could not read the workspace %1: %2</source>
        <translation>Реестру не удалось прочитать рабочую область %1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>The rows cannot be sorted by “%1”; they can be sorted by %2.</source>
        <translation>Строки нельзя сортировать по «%1»; их можно сортировать по: %2.</translation>
    </message>
    <message>
        <source>The rows cannot be filtered by “%1”.</source>
        <translation>Строки нельзя фильтровать по «%1».</translation>
    </message>
    <message>
        <source>The rows cannot be filtered by a range of “%1”.</source>
        <translation>Строки нельзя фильтровать по диапазону «%1».</translation>
    </message>
    <message>
        <source>The position does not fit the sort.</source>
        <translation>Позиция не соответствует сортировке.</translation>
    </message>
</context>
<context>
    <name>DirectoryState</name>
    <message>
        <source>The saved view could not be read; it shows every column, unfiltered.</source>
        <translation>Сохраненное представление не удалось прочитать; показаны все столбцы без фильтров.</translation>
    </message>
    <message>
        <source>The saved sort could not be read and was left out.</source>
        <translation>Сохраненную сортировку не удалось прочитать, она не применена.</translation>
    </message>
    <message>
        <source>The saved search could not be read and was left out.</source>
        <translation>Сохраненный поиск не удалось прочитать, он не применен.</translation>
    </message>
    <message>
        <source>The saved filter “%1” could not be read and was left out.</source>
        <translation>Сохраненный фильтр «%1» не удалось прочитать, он не применен.</translation>
    </message>
    <message>
        <source>The saved range “%1” could not be read and was left out.</source>
        <translation>Сохраненный диапазон «%1» не удалось прочитать, он не применен.</translation>
    </message>
    <message>
        <source>A saved column could not be read and was left out.</source>
        <translation>Один из сохраненных столбцов не удалось прочитать, он не применен.</translation>
    </message>
    <message>
        <source>The saved columns could not be read; every column is shown.</source>
        <translation>Сохраненные столбцы не удалось прочитать; показаны все столбцы.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Type to filter the rows</source>
        <translation>Введите текст для фильтрации строк</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Щелкните правой кнопкой мыши, чтобы выбрать столбцы</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>Столбцы: %1</translation>
    </message>
    <message>
        <source>%1 from:</source>
        <translation>%1 с:</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1 по</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
    <message>
        <source>No row matches the search and filters.</source>
        <translation>Нет строк, соответствующих поиску и фильтрам.</translation>
    </message>
    <message>
        <source>No row matches “%1”.</source>
        <translation>Нет строк, соответствующих «%1».</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчет…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the rows as they are shown (search, filters, sort and columns) to a CSV file</source>
        <translation>Сохранить строки в том виде, в каком они показаны (поиск, фильтры, сортировка и столбцы), в CSV-файл</translation>
    </message>
    <message>
        <source>The %1 filter does not offer the view&apos;s value here; it shows all.</source>
        <translation>Фильтр «%1» здесь не предлагает значение из представления; показаны все.</translation>
    </message>
    <message>
        <source>This directory has no %1 filter.</source>
        <translation>В этом реестре нет фильтра «%1».</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Нечего экспортировать.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-файлы (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадения</numerusform>
            <numerusform>%Ln совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Экспортирована %Ln строка в %1.</numerusform>
            <numerusform>Экспортированы %Ln строки в %1.</numerusform>
            <numerusform>Экспортировано %Ln строк в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A day such as %1 (included); empty for no limit</source>
        <translation>День, например %1 (включительно); пусто — без ограничения</translation>
    </message>
    <message>
        <source>“%1” is not a date: write the day as %2, for example %3.</source>
        <translation>«%1» не является датой: укажите день в формате %2, например %3.</translation>
    </message>
    <message>
        <source>The first day, %1, comes after the last day, %2.</source>
        <translation>Первый день, %1, позже последнего дня, %2.</translation>
    </message>
    <message>
        <source>D</source>
        <comment>letter for the day in a date pattern such as DD.MM.YYYY</comment>
        <translation>Д</translation>
    </message>
    <message>
        <source>M</source>
        <comment>letter for the month in a date pattern such as DD.MM.YYYY</comment>
        <translation>М</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>letter for the year in a date pattern such as DD.MM.YYYY</comment>
        <translation>Г</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify lead</source>
        <translation>Дисквалификация лида</translation>
    </message>
    <message>
        <source>Say why “%1” is disqualified. The distributor sees this reason with the lead, and the lead cannot be qualified afterwards.</source>
        <translation>Укажите, почему лид «%1» дисквалифицирован. Дистрибьютор увидит эту причину вместе с лидом, и квалифицировать лид после этого будет нельзя.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>For example: no budget this year</source>
        <translation>Например: в этом году нет бюджета</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Дисквалифицировать</translation>
    </message>
    <message>
        <source>Disqualify the lead (Ctrl+Enter)</source>
        <translation>Дисквалифицировать лид (Ctrl+Enter)</translation>
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
        <translation>Нет</translation>
    </message>
    <message>
        <source>External Document</source>
        <translation>Внешний документ</translation>
    </message>
    <message>
        <source>Uploaded File</source>
        <translation>Загруженный файл</translation>
    </message>
</context>
<context>
    <name>EditLeadDialog</name>
    <message>
        <source>Edit lead %1</source>
        <translation>Редактирование лида %1</translation>
    </message>
    <message>
        <source>Their changes are now in the form and yours are kept: check it and save again.</source>
        <translation>Их изменения теперь в форме, а ваши сохранены: проверьте форму и сохраните ее снова.</translation>
    </message>
    <message>
        <source>It has been decided and can no longer be edited.</source>
        <translation>По нему уже принято решение, и его больше нельзя редактировать.</translation>
    </message>
</context>
<context>
    <name>IdGenerator</name>
    <message>
        <source>Could not record a new identifier: %1</source>
        <translation>Не удалось записать новый идентификатор: %1</translation>
    </message>
    <message>
        <source>No free identifier of the form %1 is left.</source>
        <translation>Свободных идентификаторов вида %1 не осталось.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Импорт лидов</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Импорт партнеров</translation>
    </message>
    <message>
        <source>A .csv file</source>
        <translation>Файл .csv</translation>
    </message>
    <message>
        <source>Each row of the file becomes a lead of %1, checked by the same rules as Create Lead. Name the listing by its product and marketplace; a row without an existing company or contact creates them from its company and contact columns. Rows that break a rule are skipped and listed with their line.</source>
        <translation>Каждая строка файла становится лидом %1 и проверяется по тем же правилам, что и при создании лида. Укажите размещение по продукту и маркетплейсу; строка без существующей компании или контакта создает их из столбцов компании и контакта. Строки, нарушающие правила, пропускаются и выводятся с номером строки.</translation>
    </message>
    <message>
        <source>Each row of the file becomes a partner of %1, checked by the same rules as Add partner, on one of your existing program (vendor) or service (reseller) agreements. Rows that break a rule are skipped and listed with their line.</source>
        <translation>Каждая строка файла становится партнером %1 и проверяется по тем же правилам, что и при добавлении партнера, на основе одного из ваших существующих программных (вендор) или сервисных (реселлер) соглашений. Строки, нарушающие правила, пропускаются и выводятся с номером строки.</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;файл:</translation>
    </message>
    <message>
        <source>Import each column as (* mandatory):</source>
        <translation>Импортировать каждый столбец как (* — обязательно):</translation>
    </message>
    <message>
        <source>%1 may not create leads in %2: that needs a CRM role in a distributor or reseller account.</source>
        <translation>%1 не может создавать лиды в %2: для этого нужна роль CRM в учетной записи дистрибьютора или реселлера.</translation>
    </message>
    <message>
        <source>%1 may not add partners in %2: that needs the CRM admin or manager role in a distributor account.</source>
        <translation>%1 не может добавлять партнеров в %2: для этого нужна роль администратора или менеджера CRM в учетной записи дистрибьютора.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-файлы (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n columns, separated by %1; %2 of them recognised by their header.</source>
        <translation>
            <numerusform>%n столбец, разделитель — %1; по заголовку распознано: %2.</numerusform>
            <numerusform>%n столбца, разделитель — %1; по заголовку распознано: %2.</numerusform>
            <numerusform>%n столбцов, разделитель — %1; по заголовку распознано: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %n rows read…</source>
        <translation>
            <numerusform>Импорт %1: прочитана %n строка…</numerusform>
            <numerusform>Импорт %1: прочитано %n строки…</numerusform>
            <numerusform>Импорт %1: прочитано %n строк…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column %1 has no header.</source>
        <translation>У столбца %1 нет заголовка.</translation>
    </message>
    <message>
        <source>Column %1 “%2”: no field has this name.</source>
        <translation>Столбец %1 «%2»: нет поля с таким названием.</translation>
    </message>
    <message>
        <source>Column %1 “%2” is a duplicate: column %3 “%4” is imported into %5 already.</source>
        <translation>Столбец %1 «%2» повторяется: столбец %3 «%4» уже импортируется в поле «%5».</translation>
    </message>
    <message>
        <source>Choose the column of %1.</source>
        <translation>Выберите столбец для поля «%1».</translation>
    </message>
    <message>
        <source>Choose the column of %1, or of %2.</source>
        <translation>Выберите столбец для поля «%1» или «%2».</translation>
    </message>
    <message>
        <source>%1 is not a field that can be imported.</source>
        <translation>%1 — поле, которое нельзя импортировать.</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns; choose it for one.</source>
        <translation>%1 выбрано для нескольких столбцов (%2); выберите его только для одного.</translation>
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
        <translation>Столбец CSV</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>Импортирована %n</numerusform>
            <numerusform>Импортировано %n</numerusform>
            <numerusform>Импортировано %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>Пропущена %n</numerusform>
            <numerusform>Пропущено %n</numerusform>
            <numerusform>Пропущено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows up to line %1 are imported; nothing after it.</source>
        <translation>Строки до строки %1 импортированы; после нее — ничего.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped rows.</source>
        <translation>
            <numerusform>… и еще %n пропущенная строка.</numerusform>
            <numerusform>… и еще %n пропущенные строки.</numerusform>
            <numerusform>… и еще %n пропущенных строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Пропущенные строки:</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Копировать отчет</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Сохранить отчет…</translation>
    </message>
    <message>
        <source>Skipped &amp;rows and notes:</source>
        <translation>Пропущенные строки и &amp;примечания:</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Все строки импортированы.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранение отчета</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Сохранить отчет об импорте</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Файл пуст: в нем нет строки заголовка.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2: is a delimiter or a quote out of place?</source>
        <translation>В строке %1 ячеек, а в заголовке только %2: возможно, разделитель или кавычка стоит не на месте?</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
</context>
<context>
    <name>IntakeServer</name>
    <message>
        <source>The API description is missing.</source>
        <translation>Описание API отсутствует.</translation>
    </message>
    <message>
        <source>This address takes %1.</source>
        <translation>Этот адрес принимает %1.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Не удаётся прочитать сертификат %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 не содержит сертификата PEM.</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>Не удаётся прочитать ключ %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA, EC or DSA, not encrypted).</source>
        <translation>%1 не содержит закрытого ключа PEM (RSA, EC или DSA, без шифрования).</translation>
    </message>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation>%1 — не IP-адрес, на котором можно слушать.</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>Для HTTPS нужны и --tls-cert, и --tls-key.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Не удаётся слушать %1:%2: %3</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Здесь ничего нет.</translation>
    </message>
    <message>
        <source>The API key is unknown or revoked.</source>
        <translation>Ключ API неизвестен или отозван.</translation>
    </message>
    <message>
        <source>Too many requests with this key; try again in %1 s.</source>
        <translation>Слишком много запросов с этим ключом; повторите через %1 с.</translation>
    </message>
    <message>
        <source>Nothing is at %1.</source>
        <translation>По адресу %1 ничего нет.</translation>
    </message>
    <message>
        <source>Send the lead as application/json.</source>
        <translation>Отправьте лид как application/json.</translation>
    </message>
    <message>
        <source>Too many requests from your address; try again in %1 s.</source>
        <translation>Слишком много запросов с вашего адреса; повторите через %1 с.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The workspace %1 could not be checked for damage: %2</source>
        <translation>Не удалось проверить рабочую область %1 на повреждения: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). ChannelDesk does not change a damaged workspace: restore it from a backup.</source>
        <translation>Рабочая область %1 повреждена (%2). ChannelDesk не изменяет поврежденную рабочую область: восстановите ее из резервной копии.</translation>
    </message>
    <message>
        <source>ChannelDesk is still checking the workspace %1 for damage (it does so once, in the background, for a large workspace); changes can be saved as soon as that is done. Try again in a moment.</source>
        <translation>ChannelDesk еще проверяет рабочую область %1 на повреждения (для большой рабочей области это делается один раз в фоновом режиме); изменения можно будет сохранять, как только проверка завершится. Повторите попытку чуть позже.</translation>
    </message>
</context>
<context>
    <name>InvitationLinkDialog</name>
    <message>
        <source>New invitation link</source>
        <translation>Новая ссылка-приглашение</translation>
    </message>
    <message>
        <source>Pass this new link to %1. The previous link no longer works.</source>
        <translation>Передайте эту новую ссылку %1. Предыдущая ссылка больше не действует.</translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>This invitation link is not valid. Ask the partner who invited you for a new one.</source>
        <translation>Эта ссылка-приглашение недействительна. Попросите пригласившего вас партнера прислать новую.</translation>
    </message>
    <message>
        <source>This invitation has already been used.</source>
        <translation>Это приглашение уже использовано.</translation>
    </message>
    <message>
        <source>This invitation was withdrawn by %1. Ask them for a new one.</source>
        <translation>Это приглашение отозвано пользователем %1. Попросите прислать новое.</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new one.</source>
        <translation>Срок действия этого приглашения истек %1. Попросите %2 прислать новое.</translation>
    </message>
    <message>
        <source>Only a CRM admin or CRM manager of %1 may revoke or resend its invitations.</source>
        <translation>Отзывать и повторно отправлять приглашения %1 может только администратор или менеджер CRM.</translation>
    </message>
    <message>
        <source>This invitation does not exist or was not issued by %1.</source>
        <translation>Это приглашение не существует или выдано не %1.</translation>
    </message>
    <message>
        <source>This invitation has already been revoked.</source>
        <translation>Это приглашение уже отозвано.</translation>
    </message>
    <message>
        <source>This invitation has expired already.</source>
        <translation>Срок действия этого приглашения уже истек.</translation>
    </message>
    <message>
        <source>This is not a ChannelDesk invitation link. An invitation link looks like %1…; copy the whole link from the invitation you received.</source>
        <translation>Это не ссылка-приглашение ChannelDesk. Ссылка-приглашение выглядит как %1…; скопируйте полную ссылку из полученного приглашения.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Введите действительный адрес e-mail.</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Pending invitations</source>
        <translation>Ожидающие приглашения</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>Отправить по&amp;вторно</translation>
    </message>
    <message>
        <source>No pending invitations. Invite a partner with Create Partner → Generate invitation link.</source>
        <translation>Ожидающих приглашений нет. Пригласите партнера: «Создать партнера» → «Сгенерировать ссылку-приглашение».</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation>Отозвать выбранное приглашение: его ссылка перестанет действовать</translation>
    </message>
    <message>
        <source>Issue a new link for the selected invitation; the old link stops working</source>
        <translation>Выдать новую ссылку для выбранного приглашения; старая ссылка перестанет действовать</translation>
    </message>
    <message>
        <source>Could not show the invitations</source>
        <translation>Не удалось показать приглашения</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Отзыв приглашения</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once; the partner stays Invited and its contract Pending.</source>
        <translation>Отозвать приглашение для %1? Его ссылка сразу перестанет действовать; партнер останется в статусе «Приглашен», а его договор — в статусе «Ожидает».</translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation>Повторная отправка приглашения</translation>
    </message>
</context>
<context>
    <name>LeadCatalog</name>
    <message>
        <source>The listing %1 does not exist.</source>
        <translation>Размещение %1 не существует.</translation>
    </message>
    <message>
        <source>The lead form %1 of this product is damaged: %2</source>
        <translation>Форма лида %1 этого продукта повреждена: %2</translation>
    </message>
    <message>
        <source>The entry %1 does not exist.</source>
        <translation>Запись %1 не существует.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (выведено из использования)</translation>
    </message>
    <message>
        <source>The company %1 does not exist.</source>
        <translation>Компания %1 не существует.</translation>
    </message>
    <message>
        <source>The contact %1 does not exist.</source>
        <translation>Контакт %1 не существует.</translation>
    </message>
    <message>
        <source>There is no lead %1 in your portal.</source>
        <translation>В вашем портале нет лида %1.</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>Лид %1 не существует.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменен</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифицирован</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>Укажите, почему лид дисквалифицирован.</translation>
    </message>
    <message>
        <source>The reason has at most %1 characters (now %2).</source>
        <translation>Причина может содержать не более %1 символов (сейчас %2).</translation>
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
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Лид %1</translation>
    </message>
    <message>
        <source>%1 — Lead %2</source>
        <translation>%1 — Лид %2</translation>
    </message>
    <message>
        <source>Lead fields</source>
        <translation>Поля лида</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason for disqualification: %1</source>
        <translation>Причина дисквалификации: %1</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation>&amp;Квалифицировать</translation>
    </message>
    <message>
        <source>Qualify the lead and create its opportunity</source>
        <translation>Квалифицировать лид и создать по нему сделку</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>&amp;Дисквалифицировать…</translation>
    </message>
    <message>
        <source>Disqualify the lead, giving the reason</source>
        <translation>Дисквалифицировать лид с указанием причины</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open %1 (%2)</source>
        <translation>Открыть %1 (%2)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Открыть сайт в браузере</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Product and marketplace</source>
        <translation>Продукт и маркетплейс</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Дистрибьютор</translation>
    </message>
    <message>
        <source>Lead form</source>
        <translation>Форма лида</translation>
    </message>
    <message>
        <source>Default lead form</source>
        <translation>Форма лида по умолчанию</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>The default lead form has no custom fields.</source>
        <translation>В форме лида по умолчанию нет дополнительных полей.</translation>
    </message>
    <message>
        <source>The form %1 has no custom fields.</source>
        <translation>В форме %1 нет дополнительных полей.</translation>
    </message>
    <message>
        <source>%1 (no longer on the form)</source>
        <translation>%1 (больше нет в форме)</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>None: the lead was disqualified.</source>
        <translation>Нет: лид дисквалифицирован.</translation>
    </message>
    <message>
        <source>None yet. Qualifying the lead creates its opportunity.</source>
        <translation>Пока нет. При квалификации лида создается сделка.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>When and who</source>
        <translation>Когда и кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Qualify lead</source>
        <translation>Квалификация лида</translation>
    </message>
    <message>
        <source>Qualify “%1”? This creates an opportunity for %2 that you own. A qualified lead cannot be disqualified.</source>
        <translation>Квалифицировать «%1»? Будет создана сделка для %2, ответственным за которую станете вы. Квалифицированный лид нельзя дисквалифицировать.</translation>
    </message>
    <message>
        <source>Could not qualify the lead</source>
        <translation>Не удалось квалифицировать лид</translation>
    </message>
    <message>
        <source>Could not disqualify the lead</source>
        <translation>Не удалось дисквалифицировать лид</translation>
    </message>
</context>
<context>
    <name>LeadDirectory</name>
    <message>
        <source>There is no lead %1 in your portal.</source>
        <translation>В вашем портале нет лида %1.</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
</context>
<context>
    <name>LeadFeed</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>Лида %1 нет.</translation>
    </message>
    <message>
        <source>status: give one of new, qualified, disqualified.</source>
        <translation>status: укажите new, qualified или disqualified.</translation>
    </message>
    <message>
        <source>limit: give a number from 1 to %1.</source>
        <translation>limit: укажите число от 1 до %1.</translation>
    </message>
    <message>
        <source>cursor: not a cursor this service gave; start without one.</source>
        <translation>cursor: этот курсор выдан не этим сервисом; начните без него.</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Lead company name</source>
        <translation>Название компании лида</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation>Существующая компания</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Сайт компании</translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation>ИНН компании</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation>Направление продаж</translation>
    </message>
    <message>
        <source>Service or product</source>
        <translation>Услуга или продукт</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Телефон контакта</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail контакта</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Существующий контакт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Content distribution channel</source>
        <translation>Канал распространения контента</translation>
    </message>
</context>
<context>
    <name>LeadFormEditorDialog</name>
    <message>
        <source>New lead form</source>
        <translation>Новая форма лида</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>e.g. Backup trial requests</source>
        <translation>например, Заявки на пробную версию резервного копирования</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Active: leads of its products are entered with this form</source>
        <translation>&amp;Активна: лиды по ее продуктам вводятся через эту форму</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Продукты:</translation>
    </message>
    <message>
        <source>Leads of the ticked products are entered with this form.</source>
        <translation>Лиды по отмеченным продуктам вводятся через эту форму.</translation>
    </message>
    <message>
        <source>Default fields</source>
        <translation>Стандартные поля</translation>
    </message>
    <message>
        <source>&amp;Default fields:</source>
        <translation>Станда&amp;ртные поля:</translation>
    </message>
    <message>
        <source>Greyed fields are mandatory.</source>
        <translation>Поля, выделенные серым, обязательны.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Custom field columns</source>
        <translation>Столбцы дополнительных полей</translation>
    </message>
    <message>
        <source>&amp;Custom fields:</source>
        <translation>&amp;Дополнительные поля:</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Добавить по&amp;ле</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить в&amp;ыше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Переместить ни&amp;же</translation>
    </message>
    <message>
        <source>Selected field</source>
        <translation>Выбранное поле</translation>
    </message>
    <message>
        <source>e.g. Number of seats</source>
        <translation>например, Количество рабочих мест</translation>
    </message>
    <message>
        <source>Where the value is stored: a-z, 0-9 and _, starting with a letter. Follows the title until you change it.</source>
        <translation>Где хранится значение: a-z, 0-9 и _, начинается с буквы. Повторяет заголовок, пока вы его не измените.</translation>
    </message>
    <message>
        <source>Re&amp;quired: a lead cannot be created without it</source>
        <translation>О&amp;бязательное: без него лид создать нельзя</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Один вариант в строке</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Заполнение:</translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation>&amp;Варианты:</translation>
    </message>
    <message>
        <source>Asked after the default fields, in this order.</source>
        <translation>Запрашиваются после стандартных полей, в этом порядке.</translation>
    </message>
    <message>
        <source>Edit lead form</source>
        <translation>Редактирование формы лида</translation>
    </message>
    <message>
        <source>Assigned when the form is saved</source>
        <translation>Присваивается при сохранении формы</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>не размещен</translation>
    </message>
    <message>
        <source>active form: %1</source>
        <translation>активная форма: %1</translation>
    </message>
    <message>
        <source>None of your products is listed on a marketplace yet.</source>
        <translation>Ни один из ваших продуктов еще не размещен на маркетплейсе.</translation>
    </message>
    <message>
        <source>Mandatory: always shown</source>
        <translation>Обязательное: показывается всегда</translation>
    </message>
    <message>
        <source>Optional: shown when ticked</source>
        <translation>Необязательное: показывается, если отмечено</translation>
    </message>
    <message>
        <source>The form was not saved: see the reason at Products.</source>
        <translation>Форма не сохранена: причина указана в поле «Продукты».</translation>
    </message>
    <message>
        <source>The form was not saved: %1</source>
        <translation>Форма не сохранена: %1</translation>
    </message>
</context>
<context>
    <name>LeadFormListModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивна</translation>
    </message>
</context>
<context>
    <name>LeadFormSchema</name>
    <message>
        <source>The lead form definition is not valid JSON: %1</source>
        <translation>Определение формы лида не является корректным JSON: %1</translation>
    </message>
    <message>
        <source>The lead form names an unknown field “%1”.</source>
        <translation>В форме лида указано неизвестное поле «%1».</translation>
    </message>
    <message>
        <source>The custom field “%1” has an unknown type.</source>
        <translation>У дополнительного поля «%1» неизвестный тип.</translation>
    </message>
    <message>
        <source>A form has at most %1 custom fields.</source>
        <translation>В форме может быть не более %1 дополнительных полей.</translation>
    </message>
    <message>
        <source>The key “%1” of a custom field must start with a letter and use only a-z, 0-9 and _ (at most 40).</source>
        <translation>Ключ «%1» дополнительного поля должен начинаться с буквы и содержать только a-z, 0-9 и _ (не более 40 символов).</translation>
    </message>
    <message>
        <source>The key “%1” is taken by a default field.</source>
        <translation>Ключ «%1» занят стандартным полем.</translation>
    </message>
    <message>
        <source>Two custom fields have the key “%1”.</source>
        <translation>У двух дополнительных полей одинаковый ключ «%1».</translation>
    </message>
    <message>
        <source>The custom field “%1” needs a title.</source>
        <translation>Дополнительному полю «%1» нужен заголовок.</translation>
    </message>
    <message>
        <source>The title of “%1” is longer than %2 characters.</source>
        <translation>Заголовок «%1» длиннее %2 символов.</translation>
    </message>
    <message>
        <source>The choice field “%1” needs at least one choice.</source>
        <translation>В поле выбора «%1» нужен хотя бы один вариант.</translation>
    </message>
    <message>
        <source>The choice field “%1” has more than %2 choices.</source>
        <translation>В поле выбора «%1» больше %2 вариантов.</translation>
    </message>
    <message>
        <source>The choice field “%1” lists a choice twice.</source>
        <translation>В поле выбора «%1» один вариант указан дважды.</translation>
    </message>
</context>
<context>
    <name>LeadFormService</name>
    <message>
        <source>“%1” (%2) is already the active form for %3 on %4. A product listing has one active form: make this form inactive or leave that product out.</source>
        <translation>«%1» (%2) уже является активной формой для %3 на %4. У размещения продукта может быть только одна активная форма: сделайте эту форму неактивной или исключите этот продукт.</translation>
    </message>
    <message>
        <source>Only a CRM admin, manager or marketeer of the vendor may change its lead forms.</source>
        <translation>Изменять формы лидов вендора может только его администратор, менеджер или маркетолог CRM.</translation>
    </message>
    <message>
        <source>There is no lead form %1.</source>
        <translation>Форма лида %1 не существует.</translation>
    </message>
    <message>
        <source>The lead form %1 is damaged: %2</source>
        <translation>Форма лида %1 повреждена: %2</translation>
    </message>
    <message>
        <source>There is no product listing %1.</source>
        <translation>Размещение продукта %1 не существует.</translation>
    </message>
    <message>
        <source>The listing %1 is not a listing of your products.</source>
        <translation>Размещение %1 не относится к вашим продуктам.</translation>
    </message>
    <message>
        <source>Only the vendor that owns the lead form %1 may open it.</source>
        <translation>Открыть форму лида %1 может только вендор, которому она принадлежит.</translation>
    </message>
    <message>
        <source>Enter a name for the form.</source>
        <translation>Введите название формы.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не более %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>Choose at least one product the form applies to.</source>
        <translation>Выберите хотя бы один продукт, к которому применяется форма.</translation>
    </message>
    <message>
        <source>The lead form %1 belongs to another vendor.</source>
        <translation>Форма лида %1 принадлежит другому вендору.</translation>
    </message>
    <message>
        <source>The lead form %1</source>
        <translation>Форма лида %1</translation>
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
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Type a name or TIN to search every company</source>
        <translation>Введите название или ИНН для поиска по всем компаниям</translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation>Подходящие компании</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Нет компаний, соответствующих «%1».</translation>
    </message>
    <message>
        <source>More companies match: type more of the name or the TIN.</source>
        <translation>Подходит несколько компаний: введите больше символов названия или ИНН.</translation>
    </message>
    <message>
        <source>TIN %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>Type a name or e-mail of the company&apos;s contacts</source>
        <translation>Введите имя или e-mail контакта компании</translation>
    </message>
    <message>
        <source>Matching contacts of the company</source>
        <translation>Подходящие контакты компании</translation>
    </message>
    <message>
        <source>No contact of the company matches “%1”.</source>
        <translation>Нет контактов компании, соответствующих «%1».</translation>
    </message>
    <message>
        <source>More contacts match: type more of the name or e-mail.</source>
        <translation>Подходит несколько контактов: введите больше символов имени или e-mail.</translation>
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
        <translation>9, 10 или 12 цифр</translation>
    </message>
    <message>
        <source>+1 415 555 0123</source>
        <translation>+1 415 555 0123</translation>
    </message>
    <message>
        <source>Numbers without + are read as %1</source>
        <translation>Номера без + считаются номерами страны %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A number, e.g. 40</source>
        <translation>Число, например 40</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Pick the company first (a new company has no contacts yet)</source>
        <translation>Сначала выберите компанию (у новой компании еще нет контактов)</translation>
    </message>
    <message>
        <source>The TIN of the chosen company</source>
        <translation>ИНН выбранной компании</translation>
    </message>
    <message>
        <source>To create the lead, complete: %1.</source>
        <translation>Чтобы создать лид, заполните: %1.</translation>
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
        <translation>Формы лидов</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>&amp;Новая форма…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>No lead forms yet. Leads of your products use the default form.</source>
        <translation>Форм лидов пока нет. Лиды по вашим продуктам используют форму по умолчанию.</translation>
    </message>
    <message>
        <source>Create a lead form for some of your products</source>
        <translation>Создать форму лида для некоторых ваших продуктов</translation>
    </message>
    <message>
        <source>Change the selected lead form (or press Enter on it)</source>
        <translation>Изменить выбранную форму лида (или нажмите Enter на ней)</translation>
    </message>
    <message>
        <source>Could not open the lead form</source>
        <translation>Не удалось открыть форму лида</translation>
    </message>
    <message>
        <source>Could not show the lead forms</source>
        <translation>Не удалось показать формы лидов</translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>no product “%1” is listed on your marketplaces.</source>
        <translation>продукт «%1» не размещен на ваших маркетплейсах.</translation>
    </message>
    <message>
        <source>several products are named “%1”; give the product&apos;s ID.</source>
        <translation>несколько продуктов называются «%1»; укажите ID продукта.</translation>
    </message>
    <message>
        <source>%1 is listed on several of your marketplaces; name the marketplace.</source>
        <translation>%1 размещен на нескольких ваших маркетплейсах; укажите маркетплейс.</translation>
    </message>
    <message>
        <source>“%1” is not one of your marketplaces.</source>
        <translation>«%1» не является вашим маркетплейсом.</translation>
    </message>
    <message>
        <source>several of your marketplaces are named “%1”; give the marketplace&apos;s ID.</source>
        <translation>несколько ваших маркетплейсов называются «%1»; укажите ID маркетплейса.</translation>
    </message>
    <message>
        <source>%1 is not listed on %2.</source>
        <translation>%1 не размещен на %2.</translation>
    </message>
    <message>
        <source>several records match “%1”; give the ID.</source>
        <translation>«%1» соответствует несколько записей; укажите ID.</translation>
    </message>
    <message>
        <source>nothing in the workspace matches “%1”.</source>
        <translation>в рабочей области нет ничего, соответствующего «%1».</translation>
    </message>
    <message>
        <source>“%1” is not in the list.</source>
        <translation>«%1» нет в списке.</translation>
    </message>
    <message>
        <source>several entries are named “%1”; give the ID.</source>
        <translation>несколько записей называются «%1»; укажите ID.</translation>
    </message>
    <message>
        <source>“%1” is not a lead source.</source>
        <translation>«%1» не является источником лида.</translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation>Введите «да» или «нет».</translation>
    </message>
    <message>
        <source>ID or name from the list</source>
        <translation>ID или название из списка</translation>
    </message>
    <message>
        <source>ID or name of a product listed on your marketplaces</source>
        <translation>ID или название продукта, размещенного на ваших маркетплейсах</translation>
    </message>
    <message>
        <source>ID or name of your marketplace; may stay empty when the product is listed on only one</source>
        <translation>ID или название вашего маркетплейса; можно оставить пустым, если продукт размещен только на одном</translation>
    </message>
    <message>
        <source>Title of the lead</source>
        <translation>Название лида</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Одно из значений: %1</translation>
    </message>
    <message>
        <source>The company name as the requester typed it</source>
        <translation>Название компании в том виде, как его ввел автор заявки</translation>
    </message>
    <message>
        <source>ID or exact name of a company in the workspace; empty: a new company from the company columns</source>
        <translation>ID или точное название компании в рабочей области; пусто — новая компания из столбцов компании</translation>
    </message>
    <message>
        <source>Name of the new company</source>
        <translation>Название новой компании</translation>
    </message>
    <message>
        <source>http or https address</source>
        <translation>Адрес http или https</translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation>9, 10 или 12 цифр</translation>
    </message>
    <message>
        <source>Empty: the product&apos;s name</source>
        <translation>Пусто — название продукта</translation>
    </message>
    <message>
        <source>ID or e-mail of a contact in the workspace; empty: a new contact from the contact columns</source>
        <translation>ID или e-mail контакта в рабочей области; пусто — новый контакт из столбцов контакта</translation>
    </message>
    <message>
        <source>International (+…) or national number</source>
        <translation>Международный (+…) или национальный номер</translation>
    </message>
    <message>
        <source>ID, e-mail or name of a user of %1</source>
        <translation>ID, e-mail или имя пользователя %1</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD</source>
        <translation>Дата: ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>да или нет</translation>
    </message>
    <message>
        <source>Custom field of a vendor&apos;s lead form</source>
        <translation>Дополнительное поле формы лида вендора</translation>
    </message>
    <message>
        <source>Custom field of a vendor&apos;s lead form: %1</source>
        <translation>Дополнительное поле формы лида вендора: %1</translation>
    </message>
    <message>
        <source>Importing leads needs a CRM role in a distributor or reseller account.</source>
        <translation>Для импорта лидов нужна роль CRM в учетной записи дистрибьютора или реселлера.</translation>
    </message>
</context>
<context>
    <name>LeadIntake</name>
    <message>
        <source>Creating leads needs a CRM role in a distributor or reseller account.</source>
        <translation>Для создания лидов нужна CRM-роль в аккаунте дистрибьютора или реселлера.</translation>
    </message>
    <message>
        <source>A lead has at most %1 fields; this one has %2.</source>
        <translation>У лида не более %1 полей; у этого %2.</translation>
    </message>
    <message>
        <source>Not a lead field.</source>
        <translation>Такого поля у лида нет.</translation>
    </message>
    <message>
        <source>Given twice.</source>
        <translation>Указано дважды.</translation>
    </message>
    <message>
        <source>Give text, a number or true/false.</source>
        <translation>Укажите текст, число или true/false.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Не более %1 символов.</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>The lead %1 does not exist.</source>
        <translation>Лид %1 не существует.</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Лид %1</translation>
    </message>
    <message>
        <source>Only the vendor that owns the product may qualify or disqualify a lead.</source>
        <translation>Квалифицировать или дисквалифицировать лид может только вендор — владелец продукта.</translation>
    </message>
    <message>
        <source>The lead %1 has already been decided.</source>
        <translation>По лиду %1 уже принято решение.</translation>
    </message>
    <message>
        <source>Creating leads needs a CRM role in a distributor or reseller account.</source>
        <translation>Для создания лидов нужна роль CRM в учетной записи дистрибьютора или реселлера.</translation>
    </message>
    <message>
        <source>Only the distributor that created the lead may edit it.</source>
        <translation>Редактировать лид может только создавший его дистрибьютор.</translation>
    </message>
    <message>
        <source>Only New leads can be edited; %1 has been decided.</source>
        <translation>Редактировать можно только новые лиды; по лиду %1 уже принято решение.</translation>
    </message>
    <message>
        <source>The product, marketplace and form of a lead cannot be changed.</source>
        <translation>Продукт, маркетплейс и форму лида изменить нельзя.</translation>
    </message>
    <message>
        <source>Some fields need attention: %1</source>
        <translation>Некоторые поля требуют внимания: %1</translation>
    </message>
    <message>
        <source>Same TIN</source>
        <translation>Тот же ИНН</translation>
    </message>
    <message>
        <source>Same website domain</source>
        <translation>Тот же домен сайта</translation>
    </message>
    <message>
        <source>Same contact e-mail</source>
        <translation>Тот же e-mail контакта</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>Укажите, почему лид дисквалифицирован.</translation>
    </message>
    <message>
        <source>The reason has at most %1 characters (now %2).</source>
        <translation>Причина может содержать не более %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation>Эта компания больше не существует.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Этот контакт больше не существует.</translation>
    </message>
    <message>
        <source>This contact is not one of the chosen company&apos;s contacts: pick one of them, or tick New contact.</source>
        <translation>Этот контакт не относится к контактам выбранной компании: выберите один из них или отметьте «Новый контакт».</translation>
    </message>
    <message>
        <source>Pick a selling direction from the list.</source>
        <translation>Выберите направление продаж из списка.</translation>
    </message>
    <message>
        <source>Pick a campaign from the list.</source>
        <translation>Выберите кампанию из списка.</translation>
    </message>
    <message>
        <source>Pick a channel from the list.</source>
        <translation>Выберите канал из списка.</translation>
    </message>
    <message>
        <source>The owner must be a user of %1.</source>
        <translation>Ответственный должен быть пользователем %1.</translation>
    </message>
    <message>
        <source>Leads can only be created on your own marketplaces.</source>
        <translation>Лиды можно создавать только на собственных маркетплейсах.</translation>
    </message>
    <message>
        <source>The vendor has changed the lead form of %1. Go back and fill in the current form.</source>
        <translation>Вендор изменил форму лида для %1. Вернитесь назад и заполните актуальную форму.</translation>
    </message>
    <message>
        <source>%1 is no longer listed on %2.</source>
        <translation>%1 больше не размещен на %2.</translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Self-generation</source>
        <translation>Самостоятельная генерация</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Форма на сайте</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Социальная сеть</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифицирован</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не более %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>Required: tick to confirm.</source>
        <translation>Обязательно: отметьте для подтверждения.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>Введите дату (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Pick one of the choices.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <source>Pick where the lead came from.</source>
        <translation>Выберите, откуда пришел лид.</translation>
    </message>
    <message>
        <source>Pick the company, or tick New company.</source>
        <translation>Выберите компанию или отметьте «Новая компания».</translation>
    </message>
    <message>
        <source>Pick the selling direction.</source>
        <translation>Выберите направление продаж.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Это недопустимый адрес e-mail.</translation>
    </message>
    <message>
        <source>A new company has no contacts yet: tick New contact.</source>
        <translation>У новой компании еще нет контактов: отметьте «Новый контакт».</translation>
    </message>
    <message>
        <source>Pick the contact, or tick New contact.</source>
        <translation>Выберите контакт или отметьте «Новый контакт».</translation>
    </message>
</context>
<context>
    <name>LeadsEndpoint</name>
    <message>
        <source>The lead could not be written or read.</source>
        <translation>Не удалось записать или прочитать лид.</translation>
    </message>
    <message>
        <source>Idempotency-Key: %1</source>
        <translation>Idempotency-Key: %1</translation>
    </message>
    <message>
        <source>This Idempotency-Key was used for another request; use a new key for a new lead.</source>
        <translation>Этот Idempotency-Key уже использован для другого запроса; для нового лида возьмите новый.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at character %2.</source>
        <translation>Тело запроса не JSON: %1 в символе %2.</translation>
    </message>
    <message>
        <source>The body must be one JSON object: a lead.</source>
        <translation>Тело запроса должно быть одним объектом JSON — лидом.</translation>
    </message>
    <message>
        <source>updated_since: give a time in ISO 8601, e.g. 2026-12-01T00:00:00Z.</source>
        <translation>updated_since: укажите время в ISO 8601, например 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”: give status, updated_since, cursor or limit.</source>
        <translation>Неизвестный параметр «%1»: укажите status, updated_since, cursor или limit.</translation>
    </message>
</context>
<context>
    <name>LeadsModule</name>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Create &amp;Lead</source>
        <translation>Создать &amp;лид</translation>
    </message>
    <message>
        <source>Create a lead for a product listed on your marketplaces (Ctrl+Shift+L)</source>
        <translation>Создать лид для продукта, размещенного на ваших маркетплейсах (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Ис&amp;точник:</translation>
    </message>
    <message>
        <source>Pr&amp;oduct:</source>
        <translation>Пр&amp;одукт:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Маркетплейс:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Отв&amp;етственный:</translation>
    </message>
    <message>
        <source>Cr&amp;eated</source>
        <translation>&amp;Создано</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>No leads for your products yet. They appear here as soon as a distributor creates one.</source>
        <translation>Лидов по вашим продуктам пока нет. Они появятся здесь, как только дистрибьютор создаст лид.</translation>
    </message>
    <message>
        <source>No leads yet on your marketplaces.</source>
        <translation>На ваших маркетплейсах пока нет лидов.</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>Изменить лид</translation>
    </message>
    <message>
        <source>New lead from e-mail</source>
        <translation>Новый лид из письма</translation>
    </message>
    <message>
        <source>This e-mail cannot become a lead.</source>
        <translation>Из этого письма нельзя создать лид.</translation>
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
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
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
        <translation>Запрос размещения</translation>
    </message>
    <message>
        <source>&amp;Product *</source>
        <translation>&amp;Продукт *</translation>
    </message>
    <message>
        <source>&amp;Marketplace *</source>
        <translation>&amp;Маркетплейс *</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You have no published product: publish one on the Products tab first.</source>
        <translation>У вас нет опубликованных продуктов: сначала опубликуйте продукт на вкладке «Продукты».</translation>
    </message>
    <message>
        <source>Pick a product.</source>
        <translation>Выберите продукт.</translation>
    </message>
    <message>
        <source>You have no Active distribution contract for a marketplace yet: a distributor offers one, and it must be approved before products can be listed there.</source>
        <translation>У вас еще нет активного договора о дистрибуции ни для одного маркетплейса: его предлагает дистрибьютор, и договор должен быть одобрен, прежде чем продукты можно будет там разместить.</translation>
    </message>
    <message>
        <source>The product has a listing on every marketplace open to you.</source>
        <translation>У продукта уже есть размещение на всех доступных вам маркетплейсах.</translation>
    </message>
</context>
<context>
    <name>ListingService</name>
    <message>
        <source>There is no listing %1 in your portal.</source>
        <translation>В вашем портале нет размещения %1.</translation>
    </message>
    <message>
        <source>The product is listed there already.</source>
        <translation>Продукт там уже размещен.</translation>
    </message>
    <message>
        <source>The product&apos;s listing there is requested already.</source>
        <translation>Размещение продукта там уже запрошено.</translation>
    </message>
    <message>
        <source>Pick one of your products.</source>
        <translation>Выберите один из ваших продуктов.</translation>
    </message>
    <message>
        <source>%1 is a draft: publish it before requesting its listing.</source>
        <translation>%1 — черновик: опубликуйте его, прежде чем запрашивать размещение.</translation>
    </message>
    <message>
        <source>You have no Active distribution contract for this marketplace: a product can be listed only where its vendor&apos;s distribution contract is Active.</source>
        <translation>У вас нет активного договора о дистрибуции для этого маркетплейса: продукт можно разместить только там, где договор о дистрибуции его вендора активен.</translation>
    </message>
    <message>
        <source>%1 has a listing on this marketplace already.</source>
        <translation>У %1 уже есть размещение на этом маркетплейсе.</translation>
    </message>
    <message>
        <source>Only the owner of %1 may list or unlist its products.</source>
        <translation>Размещать продукты %1 и снимать их с размещения может только его владелец.</translation>
    </message>
    <message>
        <source>%1 is a draft: its vendor must publish it before it can be listed.</source>
        <translation>%1 — черновик: вендор должен опубликовать его, прежде чем его можно будет разместить.</translation>
    </message>
    <message>
        <source>%1 has no Active distribution contract for %2: approve or renew it before listing.</source>
        <translation>У %1 нет активного договора о дистрибуции для %2: одобрите или продлите его перед размещением.</translation>
    </message>
    <message>
        <source>The listing is listed: only an unlisted listing can be withdrawn (ask %1 to unlist it).</source>
        <translation>Размещение активно: отозвать можно только неактивное размещение (попросите %1 снять его с размещения).</translation>
    </message>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead(s) came in through it.</source>
        <translation>
            <numerusform>Размещение нельзя отозвать: через него поступил %n лид.</numerusform>
            <numerusform>Размещение нельзя отозвать: через него поступило %n лида.</numerusform>
            <numerusform>Размещение нельзя отозвать: через него поступило %n лидов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead form(s) apply to it.</source>
        <translation>
            <numerusform>Размещение нельзя отозвать: к нему применяется %n форма лида.</numerusform>
            <numerusform>Размещение нельзя отозвать: к нему применяются %n формы лидов.</numerusform>
            <numerusform>Размещение нельзя отозвать: к нему применяются %n форм лидов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingStatus</name>
    <message>
        <source>Listed</source>
        <translation>Размещено</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Не размещено</translation>
    </message>
</context>
<context>
    <name>ListingsTab</name>
    <message>
        <source>Listings</source>
        <translation>Размещения</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Разместить</translation>
    </message>
    <message>
        <source>&amp;Unlist</source>
        <translation>&amp;Снять с размещения</translation>
    </message>
    <message>
        <source>No listings yet. A vendor requests the listing of a published product on a marketplace where its distribution contract is Active; the marketplace&apos;s owner lists it.</source>
        <translation>Размещений пока нет. Вендор запрашивает размещение опубликованного продукта на маркетплейсе, где его договор о дистрибуции активен; владелец маркетплейса размещает продукт.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;Request listing…</source>
        <translation>&amp;Запросить размещение…</translation>
    </message>
    <message>
        <source>Ask a distributor to list one of your published products on its marketplace</source>
        <translation>Попросить дистрибьютора разместить один из ваших опубликованных продуктов на его маркетплейсе</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Offer the product on the marketplace (Create Lead offers it)</source>
        <translation>Предлагать продукт на маркетплейсе (он станет доступен в мастере создания лида)</translation>
    </message>
    <message>
        <source>Stop offering the product on the marketplace</source>
        <translation>Прекратить предлагать продукт на маркетплейсе</translation>
    </message>
    <message>
        <source>Could not list</source>
        <translation>Не удалось разместить</translation>
    </message>
    <message>
        <source>Could not unlist</source>
        <translation>Не удалось снять с размещения</translation>
    </message>
    <message>
        <source>A listing is not edited: withdraw it or ask the marketplace&apos;s owner to list or unlist it.</source>
        <translation>Размещение не редактируется: отзовите его или попросите владельца маркетплейса разместить его или снять с размещения.</translation>
    </message>
    <message>
        <source>the listing of %1 on %2</source>
        <translation>Размещение %1 на %2</translation>
    </message>
</context>
<context>
    <name>MailLead</name>
    <message>
        <source>E-mail from %1</source>
        <translation>Письмо от %1</translation>
    </message>
    <message>
        <source>Filled in from the e-mail of %1: check the values before you create the lead.</source>
        <translation>Заполнено по письму %1: проверьте значения, прежде чем создать лид.</translation>
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
        <translation>Такого файла нет.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Это не файл.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, too large for an e-mail to read.</source>
        <translation>Файл больше %1 МБ — слишком велик, чтобы читать его как письмо.</translation>
    </message>
    <message>
        <source>The e-mail is empty.</source>
        <translation>Письмо пустое.</translation>
    </message>
    <message>
        <source>The e-mail is larger than %1 MB, too large to read.</source>
        <translation>Письмо больше %1 МБ — слишком велико, чтобы его прочитать.</translation>
    </message>
    <message>
        <source>This is not an e-mail: it has no mail headers (an .eml file saved by a mail program has them).</source>
        <translation>Это не письмо: в нем нет почтовых заголовков (в файле .eml, сохраненном почтовой программой, они есть).</translation>
    </message>
    <message>
        <source>The e-mail has no sender address (From), so it names nobody to make a lead of.</source>
        <translation>В письме нет адреса отправителя (From), поэтому не из кого создать лид.</translation>
    </message>
    <message>
        <source>The sender address “%1” (From) is not a valid e-mail address.</source>
        <translation>Адрес отправителя «%1» (From) не является корректным адресом электронной почты.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ChannelDesk workspaces (*.channeldesk);;All files (*)</source>
        <translation>Рабочие области ChannelDesk (*.channeldesk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Could not show the workspace</source>
        <translation>Не удалось показать рабочую область</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Работа от имени</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Переподкл&amp;ючиться</translation>
    </message>
    <message>
        <source>Connect to the team server again</source>
        <translation>Снова подключиться к командному серверу</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новая рабочая область…</translation>
    </message>
    <message>
        <source>New &amp;demo workspace…</source>
        <translation>Новая &amp;демонстрационная рабочая область…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочую область…</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Подключиться к &amp;командному серверу…</translation>
    </message>
    <message>
        <source>&amp;Reconnect to team server</source>
        <translation>&amp;Переподключиться к командному серверу</translation>
    </message>
    <message>
        <source>Import &amp;leads…</source>
        <translation>Импорт &amp;лидов…</translation>
    </message>
    <message>
        <source>Import &amp;partners…</source>
        <translation>Импорт п&amp;артнеров…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Лиды</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Партнеры</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>Switch &amp;acting user or account</source>
        <translation>Сменить пользователя или &amp;учетную запись</translation>
    </message>
    <message>
        <source>&amp;Accept invitation…</source>
        <translation>П&amp;ринять приглашение…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Рабочая область</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Пользователи и роли…</translation>
    </message>
    <message>
        <source>&amp;Reference lists…</source>
        <translation>&amp;Справочники…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>&amp;О программе ChannelDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>The team workspace %1 has no user with the e-mail address %2, so ChannelDesk cannot act as anybody there. Ask its administrator to add you (channeldesk server add-user).</source>
        <translation>В командной рабочей области %1 нет пользователя с адресом e-mail %2, поэтому ChannelDesk не может работать в ней ни от чьего имени. Попросите администратора добавить вас (channeldesk server add-user).</translation>
    </message>
    <message>
        <source>The workspace %1 has no users, so ChannelDesk cannot act as anybody in it.</source>
        <translation>В рабочей области %1 нет пользователей, поэтому ChannelDesk не может работать в ней ни от чьего имени.</translation>
    </message>
    <message>
        <source>%1 — ChannelDesk</source>
        <translation>%1 — ChannelDesk</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Командный сервер: %1</translation>
    </message>
    <message>
        <source>Connected to the team workspace %1 as %2</source>
        <translation>Подключено к командной рабочей области %1 как %2</translation>
    </message>
    <message>
        <source>The open workspace file</source>
        <translation>Открытый файл рабочей области</translation>
    </message>
    <message>
        <source>Acting as %1 (%2) in %3 · %4 portal</source>
        <translation>Работа от имени %1 (%2) в %3 · портал %4</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>вендора</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>дистрибьютора</translation>
    </message>
    <message>
        <source>The invitation was accepted: the partner is active and its contract signed.</source>
        <translation>Приглашение принято: партнер активен, его договор подписан.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-файлы (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Users and roles — %1</source>
        <translation>Пользователи и роли — %1</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>Reference lists — %1</source>
        <translation>Справочники — %1</translation>
    </message>
    <message>
        <source>Could not read the users</source>
        <translation>Не удалось прочитать пользователей</translation>
    </message>
    <message>
        <source>%1 already exists. ChannelDesk never overwrites a workspace; choose another name.</source>
        <translation>%1 уже существует. ChannelDesk никогда не перезаписывает рабочую область; выберите другое имя.</translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation>Сохранить новую рабочую область как</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Не удалось создать рабочую область</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>Не удалось открыть рабочую область</translation>
    </message>
    <message>
        <source>Save the demo workspace as</source>
        <translation>Сохранить демонстрационную рабочую область как</translation>
    </message>
    <message>
        <source>Could not create the demo workspace</source>
        <translation>Не удалось создать демонстрационную рабочую область</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Открытие рабочей области</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>О программе ChannelDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Leads and channel partners for software vendors and distributors, on your desktop.&lt;/p&gt;&lt;p&gt;Workspace schema %2 · Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Лиды и партнеры по каналу продаж для вендоров и дистрибьюторов программного обеспечения на вашем компьютере.&lt;/p&gt;&lt;p&gt;Схема рабочей области %2 · Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the workspace for damage… (changes can be saved once it is done)</source>
        <translation>Проверка рабочей области на повреждения… (изменения можно будет сохранять после ее завершения)</translation>
    </message>
    <message>
        <source>Changes cannot be saved in this workspace</source>
        <translation>В этой рабочей области нельзя сохранять изменения</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>Рабочая область повреждена</translation>
    </message>
    <message>
        <source>Waiting for the workspace: another program is writing to it (%1 s)…</source>
        <translation>Ожидание рабочей области: в нее записывает другая программа (%1 с)…</translation>
    </message>
    <message>
        <source>No team server was connected.</source>
        <translation>Командный сервер не был подключен.</translation>
    </message>
    <message>
        <source>The connection to the team server was lost</source>
        <translation>Соединение с командным сервером потеряно</translation>
    </message>
    <message>
        <source>Nothing was saved since. Reconnect when the server or the network is back; what you typed stays.</source>
        <translation>С тех пор ничего не сохранено. Подключитесь снова, когда сервер или сеть станут доступны; введенные данные сохранятся.</translation>
    </message>
    <message>
        <source>Could not reconnect</source>
        <translation>Не удалось переподключиться</translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation>Подключение к командному серверу восстановлено.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Applies at the next start of ChannelDesk</source>
        <translation>Вступает в силу при следующем запуске ChannelDesk</translation>
    </message>
    <message>
        <source>The language changes when ChannelDesk starts next time.</source>
        <translation>Язык сменится при следующем запуске ChannelDesk.</translation>
    </message>
    <message>
        <source>New lead from &amp;e-mail…</source>
        <translation>Новый лид из п&amp;исьма…</translation>
    </message>
    <message>
        <source>Create Lead filled in from a customer&apos;s e-mail (.eml); .eml files dropped onto the Leads directory do the same</source>
        <translation>Создание лида, заполненного по письму клиента (.eml); то же самое делают файлы .eml, перетащенные в справочник лидов</translation>
    </message>
    <message>
        <source>New lead from e-mail</source>
        <translation>Новый лид из письма</translation>
    </message>
    <message>
        <source>E-mails (*.eml);;All files (*)</source>
        <translation>Письма (*.eml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot create leads in %2. Act as a distributor&apos;s sales user (View → Switch acting user or account), then open the e-mail with File → New lead from e-mail….</source>
        <translation>%1 не может создавать лиды в %2. Действуйте от имени продавца дистрибьютора (Вид → Сменить пользователя или учетную запись), затем откройте письмо через Файл → Новый лид из письма….</translation>
    </message>
</context>
<context>
    <name>MarketplaceDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>New marketplace</source>
        <translation>Новый маркетплейс</translation>
    </message>
    <message>
        <source>Type a country&apos;s name</source>
        <translation>Введите название страны</translation>
    </message>
    <message>
        <source>Add the country to the marketplace</source>
        <translation>Добавить страну в маркетплейс</translation>
    </message>
    <message>
        <source>Countries of the marketplace</source>
        <translation>Страны маркетплейса</translation>
    </message>
    <message>
        <source>Remove the selected country</source>
        <translation>Удалить выбранную страну</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Название *</translation>
    </message>
    <message>
        <source>C&amp;ountries *</source>
        <translation>Ст&amp;раны *</translation>
    </message>
    <message>
        <source>C&amp;urrency *</source>
        <translation>&amp;Валюта *</translation>
    </message>
    <message>
        <source>Edit marketplace %1</source>
        <translation>Редактирование маркетплейса %1</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>Добавляемая страна</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Размещения</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>%1 listed of %2</source>
        <translation>Размещено %1 из %2</translation>
    </message>
</context>
<context>
    <name>MarketplaceService</name>
    <message>
        <source>Pick at least one country.</source>
        <translation>Выберите хотя бы одну страну.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code.</source>
        <translation>%1 не является кодом страны ISO 3166.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation>%1 не является кодом валюты ISO 4217.</translation>
    </message>
    <message>
        <source>You already have a marketplace named “%1”.</source>
        <translation>У вас уже есть маркетплейс с названием «%1».</translation>
    </message>
    <message>
        <source>There is no marketplace %1 of yours.</source>
        <translation>У вас нет маркетплейса %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) came in through it.</source>
        <translation>
            <numerusform>%1 нельзя удалить: через него поступил %n лид.</numerusform>
            <numerusform>%1 нельзя удалить: через него поступило %n лида.</numerusform>
            <numerusform>%1 нельзя удалить: через него поступило %n лидов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s).</source>
        <translation>
            <numerusform>%1 нельзя удалить: у него %n размещение.</numerusform>
            <numerusform>%1 нельзя удалить: у него %n размещения.</numerusform>
            <numerusform>%1 нельзя удалить: у него %n размещений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) are for it.</source>
        <translation>
            <numerusform>%1 нельзя удалить: к нему относится %n соглашение.</numerusform>
            <numerusform>%1 нельзя удалить: к нему относятся %n соглашения.</numerusform>
            <numerusform>%1 нельзя удалить: к нему относятся %n соглашений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n contract(s) are for it.</source>
        <translation>
            <numerusform>%1 нельзя удалить: к нему относится %n договор.</numerusform>
            <numerusform>%1 нельзя удалить: к нему относятся %n договора.</numerusform>
            <numerusform>%1 нельзя удалить: к нему относятся %n договоров.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketplacesTab</name>
    <message>
        <source>Marketplaces</source>
        <translation>Маркетплейсы</translation>
    </message>
    <message>
        <source>No marketplaces yet. New… adds one: vendors with a distribution contract for it can then have their products listed there.</source>
        <translation>Маркетплейсов пока нет. Кнопка «Создать…» добавляет маркетплейс: вендоры с договором о дистрибуции для него смогут размещать там свои продукты.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;New marketplace…</source>
        <translation>&amp;Новый маркетплейс…</translation>
    </message>
    <message>
        <source>Add a marketplace with its countries and currency</source>
        <translation>Добавить маркетплейс со странами и валютой</translation>
    </message>
    <message>
        <source>Edit the selected marketplace (or press Enter on it)</source>
        <translation>Изменить выбранный маркетплейс (или нажмите Enter на нем)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add user to %1</source>
        <translation>Добавление пользователя в %1</translation>
    </message>
    <message>
        <source>Add existing user to %1</source>
        <translation>Добавление существующего пользователя в %1</translation>
    </message>
    <message>
        <source>Change role in %1</source>
        <translation>Изменение роли в %1</translation>
    </message>
    <message>
        <source>Creates a user of this team workspace and adds it to %1. The e-mail address must not belong to another user; it is also the user&apos;s login to the team server, with the password given here.</source>
        <translation>Создает пользователя этой командной рабочей области и добавляет его в %1. Адрес e-mail не должен принадлежать другому пользователю; он же служит логином пользователя на командном сервере с указанным здесь паролем.</translation>
    </message>
    <message>
        <source>Creates a user of this workspace and adds it to %1. The e-mail address must not belong to another user.</source>
        <translation>Создает пользователя этой рабочей области и добавляет его в %1. Адрес e-mail не должен принадлежать другому пользователю.</translation>
    </message>
    <message>
        <source>Adds a user of this workspace (for example a user of a partner account) to %1, found by e-mail address.</source>
        <translation>Добавляет пользователя этой рабочей области (например, пользователя учетной записи партнера) в %1, найденного по адресу e-mail.</translation>
    </message>
    <message>
        <source>The role decides what %1 may do in %2.</source>
        <translation>Роль определяет, что %1 может делать в %2.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Login &amp;password:</source>
        <translation>&amp;Пароль для входа:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>Memberships</name>
    <message>
        <source>User %1 is not a member of account %2.</source>
        <translation>Пользователь %1 не состоит в учетной записи %2.</translation>
    </message>
    <message>
        <source>The workspace has no users.</source>
        <translation>В рабочей области нет пользователей.</translation>
    </message>
</context>
<context>
    <name>NewApiKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Новый API-ключ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>What the key is for, such as the website whose form sends the leads (at most %1 characters). The key acts for your account as you, with your role.</source>
        <translation>Для чего ключ, например сайт, форма которого отправляет лиды (не более %1 символов). Ключ действует в вашей учетной записи от вашего имени, с вашей ролью.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>C&amp;reate key</source>
        <translation>С&amp;оздать ключ</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>New API key %1</source>
        <translation>Новый API-ключ %1</translation>
    </message>
    <message>
        <source>Copy the key now and keep it secret. ChannelDesk keeps only a fingerprint of it: you will not see it again. Programs send it in the header Authorization: Bearer KEY.</source>
        <translation>Скопируйте ключ сейчас и храните его в секрете. ChannelDesk хранит только его отпечаток: больше вы его не увидите. Программы передают его в заголовке Authorization: Bearer KEY.</translation>
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
        <translation>&amp;Маркетплейс:</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удален</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнер:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Program &amp;agreement:</source>
        <translation>Программное с&amp;оглашение:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>Со&amp;глашение:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>has %1 of another program</source>
        <translation>уже имеет %1 другой программы</translation>
    </message>
    <message>
        <source>A new distribution agreement for this marketplace is created under the program agreement.</source>
        <translation>Для этого маркетплейса будет создано новое соглашение о дистрибуции в рамках программного соглашения.</translation>
    </message>
    <message>
        <source>The contract uses the marketplace&apos;s distribution agreement %1.</source>
        <translation>Договор использует соглашение о дистрибуции маркетплейса %1.</translation>
    </message>
    <message>
        <source>The vendor enrolls, then you approve.</source>
        <translation>Вендор регистрируется, затем вы одобряете.</translation>
    </message>
    <message>
        <source>The reseller enrolls, then you approve.</source>
        <translation>Реселлер регистрируется, затем вы одобряете.</translation>
    </message>
    <message>
        <source>The contract is Pending until the partner signs it.</source>
        <translation>Договор находится в статусе «Ожидает», пока партнер его не подпишет.</translation>
    </message>
    <message>
        <source>You have no “%1” agreement with an active version yet: create one on the Agreements tab.</source>
        <translation>У вас еще нет соглашения типа «%1» с активной версией: создайте его на вкладке «Соглашения».</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Новая рабочая область</translation>
    </message>
    <message>
        <source>A workspace holds your company&apos;s leads and partners. Tell ChannelDesk who you are; you can add partners and users later (Workspace → Users and roles…).</source>
        <translation>Рабочая область содержит лиды и партнеров вашей компании. Укажите ChannelDesk, кто вы; партнеров и пользователей можно добавить позже («Рабочая область» → «Пользователи и роли…»).</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Название компании:</translation>
    </message>
    <message>
        <source>Company &amp;type:</source>
        <translation>&amp;Тип компании:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Ваш &amp;e-mail:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>NewsEditorDialog</name>
    <message>
        <source>New article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <source>Edit article %1</source>
        <translation>Редактирование статьи %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Статья:</translation>
    </message>
    <message>
        <source>Save the article (Ctrl+Enter)</source>
        <translation>Сохранить статью (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>NewsListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
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
        <translation>Для публикации новостей нужна роль администратора, менеджера или маркетолога CRM.</translation>
    </message>
    <message>
        <source>There is no article %1 of yours.</source>
        <translation>У вас нет статьи %1.</translation>
    </message>
    <message>
        <source>Enter the article&apos;s title.</source>
        <translation>Введите заголовок статьи.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не более %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>Enter the article&apos;s date.</source>
        <translation>Введите дату статьи.</translation>
    </message>
</context>
<context>
    <name>ObjectSummary</name>
    <message>
        <source>There is no product %1.</source>
        <translation>Продукт %1 не существует.</translation>
    </message>
    <message>
        <source>There is no marketplace %1.</source>
        <translation>Маркетплейс %1 не существует.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Учетная запись %1 не существует.</translation>
    </message>
    <message>
        <source>There is no company %1.</source>
        <translation>Компания %1 не существует.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Контакт %1 не существует.</translation>
    </message>
    <message>
        <source>There is no opportunity %1.</source>
        <translation>Сделка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Размещен на</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Listed products</source>
        <translation>Размещенные продукты</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Штаб-квартира</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Веб-сайты</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Технический контакт</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Деловой контакт</translation>
    </message>
    <message>
        <source>TIN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Leads visible to you</source>
        <translation>Видимые вам лиды</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>ChannelDesk cannot show objects of the kind “%1”.</source>
        <translation>ChannelDesk не может показывать объекты вида «%1».</translation>
    </message>
</context>
<context>
    <name>ObjectWindow</name>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — не найдено</translation>
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
        <translation>Новости</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>Изменить &amp;профиль…</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Новая статья…</translation>
    </message>
    <message>
        <source>&amp;Edit article…</source>
        <translation>&amp;Изменить статью…</translation>
    </message>
    <message>
        <source>&amp;Delete article…</source>
        <translation>&amp;Удалить статью…</translation>
    </message>
    <message>
        <source>%1 — Our company</source>
        <translation>%1 — Наша компания</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID учетной записи</translation>
    </message>
    <message>
        <source>Your partners see this profile on the General tab and these articles, newest first, on the News tab of their Partner Details.</source>
        <translation>Ваши партнеры видят этот профиль на вкладке «Общие сведения», а эти статьи (сначала новые) — на вкладке «Новости» в сведениях о партнере.</translation>
    </message>
    <message>
        <source>Overview, description, contacts, websites and media</source>
        <translation>Обзор, описание, контакты, веб-сайты и медиафайлы</translation>
    </message>
    <message>
        <source>Editing the profile needs the CRM admin, manager or marketeer role.</source>
        <translation>Для редактирования профиля нужна роль администратора, менеджера или маркетолога CRM.</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>Статей пока нет.</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Удаление статьи</translation>
    </message>
    <message>
        <source>Delete the article “%1”? Partners no longer see it.</source>
        <translation>Удалить статью «%1»? Партнеры больше не будут ее видеть.</translation>
    </message>
</context>
<context>
    <name>PartnerCatalog</name>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · версия %2</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 продукт</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>Продуктов: %1</translation>
    </message>
</context>
<context>
    <name>PartnerContractListModel</name>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contract ID</source>
        <translation>ID договора</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Agreement update</source>
        <translation>Обновление соглашения</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Доступно обновление</translation>
    </message>
    <message>
        <source>Version %1 of the agreement is active; this contract uses version %2.</source>
        <translation>Активна версия %1 соглашения; этот договор использует версию %2.</translation>
    </message>
</context>
<context>
    <name>PartnerContractsTab</name>
    <message>
        <source>There are no contracts between you and %1.</source>
        <translation>Между вами и %1 нет договоров.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Contracts that can move to an updated agreement version: %1.</source>
        <translation>Договоры, которые можно перевести на обновленную версию соглашения: %1.</translation>
    </message>
    <message>
        <source>Enter or double-click opens the contract</source>
        <translation>Enter или двойной щелчок открывает договор</translation>
    </message>
    <message>
        <source>&amp;Sign updated version…</source>
        <translation>&amp;Подписать обновленную версию…</translation>
    </message>
    <message>
        <source>Move the selected active contract to the agreement&apos;s active version</source>
        <translation>Перевести выбранный активный договор на активную версию соглашения</translation>
    </message>
</context>
<context>
    <name>PartnerDetails</name>
    <message>
        <source>There is no partner %1.</source>
        <translation>Партнер %1 не существует.</translation>
    </message>
    <message>
        <source>There is no such file of partner %1.</source>
        <translation>У партнера %1 нет такого файла.</translation>
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
        <translation>%1 — Сведения о партнере</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Сведения о партнере</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Размещения</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID учетной записи</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status of the partnership</source>
        <translation>Статус партнерства</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>The whole description is on the General tab.</source>
        <translation>Полное описание — на вкладке «Общие сведения».</translation>
    </message>
    <message>
        <source>Sign updated version</source>
        <translation>Подписать обновленную версию</translation>
    </message>
    <message>
        <source>Sign the active version of the agreement for contract %1?</source>
        <translation>Подписать активную версию соглашения для договора %1?</translation>
    </message>
    <message>
        <source>New co&amp;ntract…</source>
        <translation>Новый &amp;договор…</translation>
    </message>
    <message>
        <source>Add a program, distribution, service, syndication or referral contract</source>
        <translation>Добавить программный договор, договор о дистрибуции, сервисный, о синдикации или реферальный</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Изменить профиль…</translation>
    </message>
    <message>
        <source>Edit the General tab: %1 has no users of its own yet</source>
        <translation>Изменить вкладку «Общие сведения»: у %1 еще нет собственных пользователей</translation>
    </message>
    <message>
        <source>&amp;Remove partner…</source>
        <translation>&amp;Удалить партнера…</translation>
    </message>
    <message>
        <source>Remove the partner: pending contracts are deleted, active ones terminated</source>
        <translation>Удалить партнера: ожидающие договоры удаляются, активные — расторгаются</translation>
    </message>
    <message>
        <source>Rest&amp;ore partner</source>
        <translation>&amp;Восстановить партнера</translation>
    </message>
    <message>
        <source>Make the partner active again</source>
        <translation>Снова сделать партнера активным</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Удаление партнера</translation>
    </message>
    <message>
        <source>Restore partner</source>
        <translation>Восстановление партнера</translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryModel</name>
    <message>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Технический контакт</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Деловой контакт</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Дистрибуция</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Синдикация</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Размещения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>PartnerGeneralTab</name>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>%1 has not written an overview yet.</source>
        <translation>%1: обзор еще не написан.</translation>
    </message>
    <message>
        <source>What %1 is saying</source>
        <translation>Что говорит %1</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Штаб-квартира</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Веб-сайты</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Открыть сайт в браузере</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>%1 контакт</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Написать письмо %1</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Технический</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Деловой</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медиафайлы</translation>
    </message>
    <message>
        <source>%1 has shared no images or videos.</source>
        <translation>У %1 нет общедоступных изображений и видео.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Нет предпросмотра</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
</context>
<context>
    <name>PartnerImport</name>
    <message>
        <source>Create partner account</source>
        <translation>Создать учетную запись партнера</translation>
    </message>
    <message>
        <source>account</source>
        <translation>учетная запись</translation>
    </message>
    <message>
        <source>Generate invitation link</source>
        <translation>Сгенерировать ссылку-приглашение</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>приглашение</translation>
    </message>
    <message>
        <source>Required: Vendor or Reseller.</source>
        <translation>Обязательно: Вендор или Реселлер.</translation>
    </message>
    <message>
        <source>“%1” is not Vendor or Reseller.</source>
        <translation>«%1» — не вендор и не реселлер.</translation>
    </message>
    <message>
        <source>program</source>
        <translation>программных</translation>
    </message>
    <message>
        <source>service</source>
        <translation>сервисных</translation>
    </message>
    <message>
        <source>Required: the ID or name of one of your %1 agreements.</source>
        <translation>Обязательно: ID или название одного из ваших %1 соглашений.</translation>
    </message>
    <message>
        <source>“%1” is not one of your %2 agreements.</source>
        <translation>«%1» не является одним из ваших %2 соглашений.</translation>
    </message>
    <message>
        <source>several of your %1 agreements are named “%2”; give the ID.</source>
        <translation>несколько ваших %1 соглашений называются «%2»; укажите ID.</translation>
    </message>
    <message>
        <source>“%1” is not %2 or %3.</source>
        <translation>«%1» — не %2 и не %3.</translation>
    </message>
    <message>
        <source>not users of %1: %2</source>
        <translation>не являются пользователями %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 (%3) is invited: %4</source>
        <translation>Строка %1: %2 (%3) приглашен: %4</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Vendor or Reseller</source>
        <translation>Вендор или Реселлер</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Название партнера</translation>
    </message>
    <message>
        <source>Partner External ID</source>
        <translation>Внешний ID партнера</translation>
    </message>
    <message>
        <source>Your own reference, optional</source>
        <translation>Ваш собственный идентификатор, необязательно</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Технический контакт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Technical contact e-mail</source>
        <translation>E-mail технического контакта</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Деловой контакт</translation>
    </message>
    <message>
        <source>Business contact e-mail</source>
        <translation>E-mail делового контакта</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>ID or name of your program agreement (vendors) or service agreement (resellers)</source>
        <translation>ID или название вашего программного соглашения (для вендоров) или сервисного соглашения (для реселлеров)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>%1 (when empty) or %2</source>
        <translation>%1 (если пусто) или %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>IDs, e-mails or names of users of %1 who join the new account, separated by “;” (when empty: you)</source>
        <translation>ID, e-mail или имена пользователей %1, которые войдут в новую учетную запись, через «;» (если пусто — вы)</translation>
    </message>
    <message>
        <source>Importing partners needs the CRM admin or manager role in a distributor account.</source>
        <translation>Для импорта партнеров нужна роль администратора или менеджера CRM в учетной записи дистрибьютора.</translation>
    </message>
</context>
<context>
    <name>PartnerLifecycle</name>
    <message>
        <source>Removing and restoring partners needs the CRM admin or manager role.</source>
        <translation>Для удаления и восстановления партнеров нужна роль администратора или менеджера CRM.</translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation>%1 не является вашим партнером.</translation>
    </message>
    <message>
        <source>The partner %1</source>
        <translation>Партнер %1</translation>
    </message>
    <message>
        <source>%1 is not removed.</source>
        <translation>%1 не удален.</translation>
    </message>
    <message>
        <source>%1 is removed already.</source>
        <translation>%1 уже удален.</translation>
    </message>
</context>
<context>
    <name>PartnerListingListModel</name>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Размещено</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Не размещено</translation>
    </message>
</context>
<context>
    <name>PartnerListingsTab</name>
    <message>
        <source>No products of %1 are listed on your marketplaces, and none of yours on its marketplaces.</source>
        <translation>Продукты %1 не размещены на ваших маркетплейсах, а ваши — на его маркетплейсах.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Размещения</translation>
    </message>
</context>
<context>
    <name>PartnerNewsTab</name>
    <message>
        <source>%1 has published no news yet.</source>
        <translation>У %1 еще нет опубликованных новостей.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Введите название партнера.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не более %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Не более %1 символов.</translation>
    </message>
    <message>
        <source>A partner is a vendor or a reseller.</source>
        <translation>Партнер — это вендор или реселлер.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Это недопустимый адрес e-mail.</translation>
    </message>
    <message>
        <source>Pick the program agreement, or create a new one.</source>
        <translation>Выберите программное соглашение или создайте новое.</translation>
    </message>
    <message>
        <source>Pick the service agreement, or create a new one.</source>
        <translation>Выберите сервисное соглашение или создайте новое.</translation>
    </message>
    <message>
        <source>Pick the marketplace the service agreement is linked to.</source>
        <translation>Выберите маркетплейс, с которым связано сервисное соглашение.</translation>
    </message>
    <message>
        <source>Pick the syndication agreement for this reseller.</source>
        <translation>Выберите соглашение о синдикации для этого реселлера.</translation>
    </message>
    <message>
        <source>A marketplace is picked twice.</source>
        <translation>Маркетплейс выбран дважды.</translation>
    </message>
    <message>
        <source>Add at least one user to the new account.</source>
        <translation>Добавьте в новую учетную запись хотя бы одного пользователя.</translation>
    </message>
    <message>
        <source>Adding partners needs the CRM admin or manager role in a distributor account.</source>
        <translation>Для добавления партнеров нужна роль администратора или менеджера CRM в учетной записи дистрибьютора.</translation>
    </message>
    <message>
        <source>Only users of %1 can be added to the new account.</source>
        <translation>В новую учетную запись можно добавить только пользователей %1.</translation>
    </message>
    <message>
        <source>Pick one of your “%1” agreements.</source>
        <translation>Выберите одно из ваших соглашений типа «%1».</translation>
    </message>
</context>
<context>
    <name>PartnerStatus</name>
    <message>
        <source>Invited</source>
        <translation>Приглашен</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удален</translation>
    </message>
</context>
<context>
    <name>PartnersModule</name>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Create &amp;Partner</source>
        <translation>Создать па&amp;ртнера</translation>
    </message>
    <message>
        <source>Our co&amp;mpany…</source>
        <translation>Наша &amp;компания…</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation>Партнеров пока нет.</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>Add a vendor or reseller with its agreements and contracts</source>
        <translation>Добавить вендора или реселлера с его соглашениями и договорами</translation>
    </message>
    <message>
        <source>Your own profile and news, as your partners see them</source>
        <translation>Ваш собственный профиль и новости в том виде, в каком их видят партнеры</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Приглашения</translation>
    </message>
</context>
<context>
    <name>PendingInvitationModel</name>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>ID партнера</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This is not a phone number. Write it with the country code, e.g. +1 415 555 0123.</source>
        <translation>Это не номер телефона. Укажите его с кодом страны, например +1 415 555 0123.</translation>
    </message>
    <message>
        <source>This is not a phone number in %1. For another country start with + and the country code.</source>
        <translation>Это не номер телефона страны %1. Для другой страны начните с + и кода страны.</translation>
    </message>
    <message>
        <source>This phone number does not exist in its country&apos;s numbering plan.</source>
        <translation>Такого номера телефона нет в плане нумерации его страны.</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>Keep it on one line, without tabs.</source>
        <translation>Введите текст в одну строку, без табуляций.</translation>
    </message>
    <message>
        <source>Remove the control character U+%1 (character %2).</source>
        <translation>Удалите управляющий символ U+%1 (символ %2).</translation>
    </message>
</context>
<context>
    <name>PostgresPassword</name>
    <message>
        <source>A login&apos;s password can only be set on a team server connection.</source>
        <translation>Пароль входа можно задать только при подключении к командному серверу.</translation>
    </message>
    <message>
        <source>Could not prepare the login&apos;s password: %1</source>
        <translation>Не удалось подготовить пароль входа: %1</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Новый продукт</translation>
    </message>
    <message>
        <source>Only published products can be listed on distributors&apos; marketplaces</source>
        <translation>На маркетплейсах дистрибьюторов можно размещать только опубликованные продукты</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Название *</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Редактирование продукта %1</translation>
    </message>
</context>
<context>
    <name>ProductGroupDialog</name>
    <message>
        <source>New product group</source>
        <translation>Новая группа продуктов</translation>
    </message>
    <message>
        <source>Products of the group</source>
        <translation>Продукты группы</translation>
    </message>
    <message>
        <source>No products to pick yet: your vendors&apos; published products appear here.</source>
        <translation>Продуктов для выбора пока нет: здесь появятся опубликованные продукты ваших вендоров.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Название *</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>Пр&amp;одукты</translation>
    </message>
    <message>
        <source>Edit product group %1</source>
        <translation>Редактирование группы продуктов %1</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
</context>
<context>
    <name>ProductGroupService</name>
    <message>
        <source>You already have a product group named “%1”.</source>
        <translation>У вас уже есть группа продуктов с названием «%1».</translation>
    </message>
    <message>
        <source>The product %1 is not a published product of one of your vendors.</source>
        <translation>Продукт %1 не является опубликованным продуктом одного из ваших вендоров.</translation>
    </message>
    <message>
        <source>There is no product group %1 of yours.</source>
        <translation>У вас нет группы продуктов %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) offer it to partners.</source>
        <translation>
            <numerusform>%1 нельзя удалить: %n соглашение предлагает ее партнерам.</numerusform>
            <numerusform>%1 нельзя удалить: %n соглашения предлагают ее партнерам.</numerusform>
            <numerusform>%1 нельзя удалить: %n соглашений предлагают ее партнерам.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductGroupsTab</name>
    <message>
        <source>Product groups</source>
        <translation>Группы продуктов</translation>
    </message>
    <message>
        <source>No product groups yet. New… adds one from your vendors&apos; published products; service agreements offer groups to resellers.</source>
        <translation>Групп продуктов пока нет. Кнопка «Создать…» добавляет группу из опубликованных продуктов ваших вендоров; сервисные соглашения предлагают группы реселлерам.</translation>
    </message>
    <message>
        <source>&amp;New product group…</source>
        <translation>&amp;Новая группа продуктов…</translation>
    </message>
    <message>
        <source>Add a group of products to offer to resellers</source>
        <translation>Добавить группу продуктов, предлагаемую реселлерам</translation>
    </message>
    <message>
        <source>Edit the selected product group (or press Enter on it)</source>
        <translation>Изменить выбранную группу продуктов (или нажмите Enter на ней)</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Размещения</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>%1 listed of %2</source>
        <translation>Размещено %1 из %2</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>You already have a product named “%1”.</source>
        <translation>У вас уже есть продукт с названием «%1».</translation>
    </message>
    <message numerus="yes">
        <source>It is listed on %n marketplace(s): it stays published until the marketplace owners unlist it.</source>
        <translation>
            <numerusform>Он размещен на %n маркетплейсе: он остается опубликованным, пока владельцы маркетплейсов не снимут его с размещения.</numerusform>
            <numerusform>Он размещен на %n маркетплейсах: он остается опубликованным, пока владельцы маркетплейсов не снимут его с размещения.</numerusform>
            <numerusform>Он размещен на %n маркетплейсах: он остается опубликованным, пока владельцы маркетплейсов не снимут его с размещения.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no product %1 of yours.</source>
        <translation>У вас нет продукта %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) are for it.</source>
        <translation>
            <numerusform>%1 нельзя удалить: к нему относится %n лид.</numerusform>
            <numerusform>%1 нельзя удалить: к нему относятся %n лида.</numerusform>
            <numerusform>%1 нельзя удалить: к нему относятся %n лидов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s) on marketplaces.</source>
        <translation>
            <numerusform>%1 нельзя удалить: у него %n размещение на маркетплейсах.</numerusform>
            <numerusform>%1 нельзя удалить: у него %n размещения на маркетплейсах.</numerusform>
            <numerusform>%1 нельзя удалить: у него %n размещений на маркетплейсах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it is in %n product group(s) of distributors.</source>
        <translation>
            <numerusform>%1 нельзя удалить: он входит в %n группу продуктов дистрибьюторов.</numerusform>
            <numerusform>%1 нельзя удалить: он входит в %n группы продуктов дистрибьюторов.</numerusform>
            <numerusform>%1 нельзя удалить: он входит в %n групп продуктов дистрибьюторов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductStatus</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>No products yet. New… adds one; publish it to have it listed on your distributors&apos; marketplaces.</source>
        <translation>Продуктов пока нет. Кнопка «Создать…» добавляет продукт; опубликуйте его, чтобы его можно было разместить на маркетплейсах ваших дистрибьюторов.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Новый продукт…</translation>
    </message>
    <message>
        <source>Add a product (draft or published)</source>
        <translation>Добавить продукт (черновик или опубликованный)</translation>
    </message>
    <message>
        <source>Edit or publish the selected product (or press Enter on it)</source>
        <translation>Изменить или опубликовать выбранный продукт (или нажмите Enter на нем)</translation>
    </message>
</context>
<context>
    <name>PublishWebFormDialog</name>
    <message>
        <source>Publish web form</source>
        <translation>Публикация веб-формы</translation>
    </message>
    <message>
        <source>Change web form %1</source>
        <translation>Изменение веб-формы %1</translation>
    </message>
    <message>
        <source>Embed code of web form %1</source>
        <translation>Код для встраивания веб-формы %1</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Со&amp;хранить изменения</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Вендор:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Продукт:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Маркетплейс:</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Адрес сервиса:</translation>
    </message>
    <message>
        <source>Where your website&apos;s visitors reach the ChannelDesk service (channeldesk serve), such as https://leads.example.com</source>
        <translation>Где посетители вашего сайта обращаются к сервису ChannelDesk (channeldesk serve), например https://leads.example.com</translation>
    </message>
    <message>
        <source>&amp;Sites that may embed the form:</source>
        <translation>&amp;Сайты, которым можно встраивать форму:</translation>
    </message>
    <message>
        <source>https://www.example.com, one per line; leave empty to allow only the form&apos;s own page (at most %1 sites)</source>
        <translation>https://www.example.com, по одному в строке; оставьте пустым, чтобы разрешить только собственную страницу формы (не более %1 сайтов)</translation>
    </message>
    <message>
        <source>&amp;Embed code:</source>
        <translation>&amp;Код для встраивания:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ко&amp;пировать</translation>
    </message>
    <message>
        <source>Put the embed code on the clipboard</source>
        <translation>Поместить код для встраивания в буфер обмена</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Form a&amp;ddress:</source>
        <translation>&amp;Адрес формы:</translation>
    </message>
    <message>
        <source>The form is published: its address answers from now on.</source>
        <translation>Форма опубликована: ее адрес отвечает с этой минуты.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <source>Paste the code into a page of a site that may embed the form: %1.</source>
        <translation>Вставьте код в страницу сайта, которому можно встраивать форму: %1.</translation>
    </message>
    <message>
        <source>No other site may embed the form yet: add your sites with Change…, or link to the form&apos;s address.</source>
        <translation>Пока ни одному другому сайту нельзя встраивать форму: добавьте свои сайты кнопкой «Изменить…» или дайте ссылку на адрес формы.</translation>
    </message>
    <message>
        <source>Web form %1</source>
        <translation>Веб-форма %1</translation>
    </message>
</context>
<context>
    <name>Reconnection</name>
    <message>
        <source>The workspace %1 is closed.</source>
        <translation>Рабочая область %1 закрыта.</translation>
    </message>
    <message>
        <source>Could not reconnect to the team server at %1:%2: %3</source>
        <translation>Не удалось переподключиться к командному серверу %1:%2: %3</translation>
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
        <translation>%1: тем временем изменения внес кто-то другой, поэтому ваше изменение не сохранено. Проверьте текущее состояние и, если изменение все еще нужно, повторите попытку.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 meanwhile, so your change was not saved. Check what it is now and try again if it is still needed.</source>
        <translation>%1: тем временем изменения внес пользователь %2 (%3), поэтому ваше изменение не сохранено. Проверьте текущее состояние и, если изменение все еще нужно, повторите попытку.</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile, so your change was not saved.</source>
        <translation>%1: запись тем временем удалена, поэтому ваше изменение не сохранено.</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 meanwhile, so your change was not saved.</source>
        <translation>%1: запись тем временем удалил пользователь %2 (%3), поэтому ваше изменение не сохранено.</translation>
    </message>
</context>
<context>
    <name>ReferenceKind</name>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>Selling directions</source>
        <translation>Направления продаж</translation>
    </message>
    <message>
        <source>selling direction</source>
        <translation>направление продаж</translation>
    </message>
    <message>
        <source>Content distribution channels</source>
        <translation>Каналы распространения контента</translation>
    </message>
    <message>
        <source>content distribution channel</source>
        <translation>канал распространения контента</translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Выведено из использования</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предлагается</translation>
    </message>
</context>
<context>
    <name>ReferenceListService</name>
    <message>
        <source>Only a CRM admin or CRM manager of %1 may change its reference lists.</source>
        <translation>Изменять справочники %1 может только его администратор или менеджер CRM.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не более %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>A retired %1 named &quot;%2&quot; exists already: un-retire it instead.</source>
        <translation>Запись «%2» (%1) уже существует и выведена из использования: верните ее в использование.</translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>Запись «%2» (%1) уже существует.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>Запись %2 (%1) не существует.</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>Малый и средний бизнес</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Крупный бизнес</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Государственный сектор</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n lead(s) use it. Retire it instead: it stays on those leads and is no longer offered for new ones.</source>
        <translation>
            <numerusform>«%1» нельзя удалить: его использует %n лид. Выведите запись из использования: она останется в этих лидах, но не будет предлагаться для новых.</numerusform>
            <numerusform>«%1» нельзя удалить: его используют %n лида. Выведите запись из использования: она останется в этих лидах, но не будет предлагаться для новых.</numerusform>
            <numerusform>«%1» нельзя удалить: его используют %n лидов. Выведите запись из использования: она останется в этих лидах, но не будет предлагаться для новых.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceListTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Вывести из использования</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Записей пока нет.</translation>
    </message>
    <message>
        <source>A retired entry stays on the leads that have it and is no longer offered for new leads</source>
        <translation>Запись, выведенная из использования, остается в лидах, где она указана, но больше не предлагается для новых лидов</translation>
    </message>
    <message>
        <source>Only an entry that no lead uses can be deleted</source>
        <translation>Удалить можно только запись, которую не использует ни один лид</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавление: %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Переименование: %1</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>Un-&amp;retire</source>
        <translation>&amp;Вернуть в использование</translation>
    </message>
</context>
<context>
    <name>ReferenceNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
</context>
<context>
    <name>RemovePartnerDialog</name>
    <message>
        <source>Remove partner</source>
        <translation>Удаление партнера</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? The partner stays in the directory as Removed and can be restored later; its ended contracts are not restored.</source>
        <translation>Удалить %1 (%2)? Партнер останется в реестре со статусом «Удален», и его можно будет восстановить позже; завершенные договоры не восстанавливаются.</translation>
    </message>
    <message>
        <source>No contracts change.</source>
        <translation>Договоры не изменятся.</translation>
    </message>
    <message>
        <source>&amp;Contracts that change:</source>
        <translation>&amp;Договоры, которые изменятся:</translation>
    </message>
    <message>
        <source>Contracts that change</source>
        <translation>Договоры, которые изменятся</translation>
    </message>
    <message>
        <source>%1 — %2 contract on %3 (%4): deleted</source>
        <translation>%1 — договор типа «%2» по соглашению %3 (%4): удален</translation>
    </message>
    <message>
        <source>%1 — %2 contract on %3 (Active): terminated</source>
        <translation>%1 — договор типа «%2» по соглашению %3 (активен): расторгнут</translation>
    </message>
    <message numerus="yes">
        <source>%n listed product listing(s) on the terminated distribution contracts will be unlisted.</source>
        <translation>
            <numerusform>%n активное размещение продукта по расторгнутым договорам о дистрибуции будет снято с размещения.</numerusform>
            <numerusform>%n активных размещения продуктов по расторгнутым договорам о дистрибуции будут сняты с размещения.</numerusform>
            <numerusform>%n активных размещений продуктов по расторгнутым договорам о дистрибуции будут сняты с размещения.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>&amp;Удалить партнера</translation>
    </message>
</context>
<context>
    <name>RequestSizeGuard</name>
    <message>
        <source>A request may have at most %1 bytes.</source>
        <translation>Запрос может занимать не более %1 байт.</translation>
    </message>
</context>
<context>
    <name>SavedViewNameDialog</name>
    <message>
        <source>For example: New leads this quarter</source>
        <translation>Например: Новые лиды за этот квартал</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 символов</translation>
    </message>
</context>
<context>
    <name>SavedViewService</name>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>There is no directory “%1” to save views of.</source>
        <translation>Нет реестра «%1», для которого можно сохранять представления.</translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation>Сохраненное представление %1 не существует.</translation>
    </message>
    <message>
        <source>The rows cannot be limited to a range of “%1”.</source>
        <translation>Строки нельзя ограничить диапазоном «%1».</translation>
    </message>
    <message>
        <source>The view is sorted by “%1”, which this directory does not sort by.</source>
        <translation>Представление отсортировано по «%1», но этот реестр не поддерживает такую сортировку.</translation>
    </message>
    <message>
        <source>The view filters on “%1”, which this directory has no filter for.</source>
        <translation>Представление фильтрует по «%1», но в этом реестре нет такого фильтра.</translation>
    </message>
    <message>
        <source>The %1 directory has no column “%2”.</source>
        <translation>В реестре «%1» нет столбца «%2».</translation>
    </message>
    <message>
        <source>You already have a view of %1 named “%2”. Choose another name.</source>
        <translation>У вас уже есть представление реестра «%1» с названием «%2». Выберите другое название.</translation>
    </message>
    <message>
        <source>Enter a name for the view.</source>
        <translation>Введите название представления.</translation>
    </message>
    <message>
        <source>A view name has at most %1 characters (this one has %2).</source>
        <translation>Название представления может содержать не более %1 символов (в этом — %2).</translation>
    </message>
    <message>
        <source>The search of a view has at most %1 characters.</source>
        <translation>Поиск в представлении может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>A view shows at least one column.</source>
        <translation>Представление показывает хотя бы один столбец.</translation>
    </message>
    <message>
        <source>It was left out.</source>
        <translation>Эта часть не применена.</translation>
    </message>
    <message>
        <source>None of the view&apos;s columns is left: every column is shown.</source>
        <translation>Ни одного столбца представления не осталось: показаны все столбцы.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <source>Mana&amp;ge views</source>
        <translation>&amp;Управление представлениями</translation>
    </message>
    <message>
        <source>Save &amp;as new view…</source>
        <translation>Сохранить как &amp;новое представление…</translation>
    </message>
    <message>
        <source>&amp;Save changes to the view</source>
        <translation>&amp;Сохранить изменения в представлении</translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation>&amp;Переименовать представление…</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>&amp;Удалить представление…</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>Пре&amp;дставления:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохраненные представления</translation>
    </message>
    <message>
        <source>No view chosen</source>
        <translation>Представление не выбрано</translation>
    </message>
    <message>
        <source>Pick a saved view: its search, filters, sort and columns apply at once</source>
        <translation>Выберите сохраненное представление: его поиск, фильтры, сортировка и столбцы применяются сразу</translation>
    </message>
    <message>
        <source>Save the directory as it is shown as a view, or rename or delete the chosen view</source>
        <translation>Сохранить реестр в текущем виде как представление, либо переименовать или удалить выбранное представление</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (изменено)</translation>
    </message>
    <message>
        <source>&amp;Save changes to “%1”</source>
        <translation>&amp;Сохранить изменения в «%1»</translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation>&amp;Переименовать «%1»…</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation>&amp;Удалить «%1»…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранение представления</translation>
    </message>
    <message>
        <source>Save the search, filters, sort and columns the directory shows now as a view of your own.</source>
        <translation>Сохранить поиск, фильтры, сортировку и столбцы, которые сейчас показывает реестр, как ваше собственное представление.</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Переименование представления</translation>
    </message>
    <message>
        <source>Give the view “%1” a new name.</source>
        <translation>Задайте новое название для представления «%1».</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Удаление представления</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The directory keeps showing what it shows now; only the saved view goes.</source>
        <translation>Удалить представление «%1»? Реестр продолжит показывать то же, что и сейчас; удалится только сохраненное представление.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The view “%1” no longer fits the directory in every part:</source>
        <translation>Представление «%1» больше не во всем соответствует реестру:</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Checking the workspace for damage before writing to it…</source>
        <translation>Проверка рабочего пространства на повреждения перед записью…</translation>
    </message>
    <message>
        <source>Receiving leads on %1://%2:%3 into %4; stop with Ctrl+C or SIGTERM.</source>
        <translation>Приём лидов на %1://%2:%3 в %4; остановка — Ctrl+C или SIGTERM.</translation>
    </message>
    <message>
        <source>Stopping: answering the requests in flight…</source>
        <translation>Остановка: ответ на запросы в обработке…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a team server address (%2). Write it as postgresql://host:port/database.</source>
        <translation>«%1» не является адресом командного сервера (%2). Укажите его в виде postgresql://host:port/database.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>он не начинается с postgresql://</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>нет имени хоста</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>порт должен быть от 1 до 65535</translation>
    </message>
    <message>
        <source>no database name after the host</source>
        <translation>после хоста нет имени базы данных</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode должен быть одним из: %1</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Запомнить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Подключение к командному серверу</translation>
    </message>
    <message>
        <source>A team workspace lives on a PostgreSQL server your administrator set up. Log in with your e-mail address and the password you were given.</source>
        <translation>Командная рабочая область размещается на сервере PostgreSQL, настроенном вашим администратором. Войдите с вашим адресом e-mail и выданным вам паролем.</translation>
    </message>
    <message>
        <source>Recent team servers</source>
        <translation>Недавние командные серверы</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@company.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Without a keychain (for example on a server without a desktop) ChannelDesk asks for the password each time; it never writes it to a file.</source>
        <translation>Без хранилища ключей (например, на сервере без графической среды) ChannelDesk каждый раз запрашивает пароль; он никогда не записывается в файл.</translation>
    </message>
    <message>
        <source>R&amp;ecent:</source>
        <translation>&amp;Недавние:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Введите имя хоста или адрес сервера.</translation>
    </message>
    <message>
        <source>A host name has letters, digits, dots and hyphens only.</source>
        <translation>Имя хоста может содержать только буквы, цифры, точки и дефисы.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Порт — это число от 1 до 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation>Введите имя командной базы данных.</translation>
    </message>
    <message>
        <source>A database name has no &quot;/&quot;.</source>
        <translation>Имя базы данных не может содержать «/».</translation>
    </message>
    <message>
        <source>Enter your login (your e-mail address).</source>
        <translation>Введите ваш логин (ваш адрес e-mail).</translation>
    </message>
</context>
<context>
    <name>ServerPasswordStore</name>
    <message>
        <source>The system keychain is turned off (CHANNELDESK_NO_KEYCHAIN).</source>
        <translation>Системное хранилище ключей отключено (CHANNELDESK_NO_KEYCHAIN).</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1); ChannelDesk will ask for it next time.</source>
        <translation>Не удалось сохранить пароль в системном хранилище ключей (%1); в следующий раз ChannelDesk запросит его снова.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The change breaks a rule of the workspace: %1</source>
        <translation>Изменение нарушает правило рабочей области: %1</translation>
    </message>
    <message>
        <source>The team server refused this: your login may not see or change it (%1).</source>
        <translation>Командный сервер отклонил операцию: возможно, вашему логину не разрешено просматривать или изменять эти данные (%1).</translation>
    </message>
    <message>
        <source>Another user was changing the same records at the same moment. Try again.</source>
        <translation>Другой пользователь одновременно изменял те же записи. Повторите попытку.</translation>
    </message>
    <message>
        <source>The team server did not accept the login: %1</source>
        <translation>Командный сервер не принял учетные данные: %1</translation>
    </message>
    <message>
        <source>The workspace cannot be written to.</source>
        <translation>В рабочую область невозможно записать данные.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать рабочую область: %1</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again.</source>
        <translation>Рабочая область занята: в нее записывает другая программа. Повторите попытку.</translation>
    </message>
    <message>
        <source>The workspace is damaged: %1</source>
        <translation>Рабочая область повреждена: %1</translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s ID.</source>
        <translation>База данных не вернула ID новой записи.</translation>
    </message>
</context>
<context>
    <name>SqliteHeader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Невозможно прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>StagedWorkspace</name>
    <message>
        <source>The workspace %1 could not be closed completely.</source>
        <translation>Не удалось полностью закрыть рабочую область %1.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>Файл рабочей области не указан.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new workspace.</source>
        <translation>%1 уже существует; выберите другое имя для новой рабочей области.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 does not exist.</source>
        <translation>Невозможно создать рабочую область %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>Another ChannelDesk is writing the workspace %1 now.</source>
        <translation>Другой экземпляр ChannelDesk сейчас записывает рабочую область %1.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 is not writable.</source>
        <translation>Невозможно создать рабочую область %1: папка %2 недоступна для записи.</translation>
    </message>
    <message>
        <source>%1 is in the way of writing the workspace %2, and ChannelDesk did not leave it there. Move it away and try again.</source>
        <translation>%1 мешает записи рабочей области %2, и ChannelDesk не оставил его на месте. Переместите его и повторите попытку.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created here.</source>
        <translation>Невозможно создать рабочую область %1 здесь.</translation>
    </message>
</context>
<context>
    <name>StartupWorkspace</name>
    <message>
        <source>The folder %1 for the default workspace cannot be created.</source>
        <translation>Невозможно создать папку %1 для рабочей области по умолчанию.</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>The workspace has a table or column named “%1”, which ChannelDesk never creates.</source>
        <translation>В рабочей области есть таблица или столбец «%1», который ChannelDesk никогда не создает.</translation>
    </message>
</context>
<context>
    <name>TeamServerSetup</name>
    <message>
        <source>%1 is not a team server address: write postgresql://login:password@host:port/database.</source>
        <translation>%1 не является адресом командного сервера: укажите postgresql://login:password@host:port/database.</translation>
    </message>
    <message>
        <source>This team workspace has no logins and policies yet: it was not created by `channeldesk server init`.</source>
        <translation>В этой командной рабочей области еще нет учетных данных и политик: она создана не командой `channeldesk server init`.</translation>
    </message>
    <message>
        <source>The demo logins need a password.</source>
        <translation>Для демонстрационных учетных данных нужен пароль.</translation>
    </message>
    <message>
        <source>The schema was created in %1, but its roles and policies could not be: %2 Drop and create the database again before retrying.</source>
        <translation>Схема создана в %1, но ее роли и политики создать не удалось: %2 Удалите и заново создайте базу данных, прежде чем повторять попытку.</translation>
    </message>
    <message>
        <source>The team workspace %1 was created, but the demo could not be written (nothing of it was kept): %2</source>
        <translation>Командная рабочая область %1 создана, но демоданные записать не удалось (ничего из них не сохранено): %2</translation>
    </message>
    <message>
        <source>The demo workspace %1 was written, but its logins could not be created: %2</source>
        <translation>Демонстрационная рабочая область %1 записана, но учетные данные для нее создать не удалось: %2</translation>
    </message>
    <message>
        <source>Enter a password for the user&apos;s login.</source>
        <translation>Введите пароль для входа пользователя.</translation>
    </message>
    <message>
        <source>There is no account %1 in this team workspace.</source>
        <translation>В этой командной рабочей области нет учетной записи %1.</translation>
    </message>
    <message>
        <source>%1 already has the e-mail address %2.</source>
        <translation>У %1 уже есть адрес e-mail %2.</translation>
    </message>
    <message>
        <source>A login needs a password.</source>
        <translation>Для входа нужен пароль.</translation>
    </message>
    <message>
        <source>This team workspace has no user with the e-mail address %1.</source>
        <translation>В этой командной рабочей области нет пользователя с адресом e-mail %1.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message numerus="yes">
        <source>The workspace is busy: another program or window has been writing to it for more than %n seconds. Nothing was saved; try again when it has finished.</source>
        <translation>
            <numerusform>Рабочая область занята: другая программа или окно записывает в нее дольше %n секунды. Ничего не сохранено; повторите попытку, когда запись завершится.</numerusform>
            <numerusform>Рабочая область занята: другая программа или окно записывает в нее дольше %n секунд. Ничего не сохранено; повторите попытку, когда запись завершится.</numerusform>
            <numerusform>Рабочая область занята: другая программа или окно записывает в нее дольше %n секунд. Ничего не сохранено; повторите попытку, когда запись завершится.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Не удалось начать сохранение: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>CRM admin</source>
        <translation>Администратор CRM</translation>
    </message>
    <message>
        <source>CRM manager</source>
        <translation>Менеджер CRM</translation>
    </message>
    <message>
        <source>CRM sales</source>
        <translation>Продавец CRM</translation>
    </message>
    <message>
        <source>CRM marketeer</source>
        <translation>Маркетолог CRM</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>Добавить &amp;пользователя…</translation>
    </message>
    <message>
        <source>Add e&amp;xisting user…</source>
        <translation>Добавить с&amp;уществующего пользователя…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <source>Re&amp;move from account…</source>
        <translation>&amp;Исключить из учетной записи…</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Пользователей пока нет.</translation>
    </message>
    <message>
        <source>Create a new user and add it to this account</source>
        <translation>Создать нового пользователя и добавить его в эту учетную запись</translation>
    </message>
    <message>
        <source>Add a user of this workspace, found by e-mail address</source>
        <translation>Добавить пользователя этой рабочей области, найденного по адресу e-mail</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role (or press Enter on it)</source>
        <translation>Изменить роль выбранного пользователя (или нажмите Enter на нем)</translation>
    </message>
    <message>
        <source>Remove the selected user from this account; the user stays in the workspace</source>
        <translation>Исключить выбранного пользователя из этой учетной записи; пользователь остается в рабочей области</translation>
    </message>
    <message>
        <source>Only a CRM admin of %1 can add users or change roles.</source>
        <translation>Добавлять пользователей и изменять роли в %1 может только администратор CRM.</translation>
    </message>
    <message>
        <source>Remove from account</source>
        <translation>Исключение из учетной записи</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3? The user stays in the workspace and keeps any other accounts.</source>
        <translation>Исключить %1 (%2) из %3? Пользователь останется в рабочей области и сохранит остальные учетные записи.</translation>
    </message>
</context>
<context>
    <name>WebFormEndpoint</name>
    <message>
        <source>Send the form as application/x-www-form-urlencoded, as a browser does.</source>
        <translation>Отправьте форму как application/x-www-form-urlencoded, как это делает браузер.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This site may not use the form from a script; its publisher can allow it.</source>
        <translation>Этому сайту нельзя использовать форму из скрипта; опубликовавший ее может это разрешить.</translation>
    </message>
</context>
<context>
    <name>WebFormFields</name>
    <message>
        <source>For example https://example.com</source>
        <translation>Например, https://example.com</translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation>9, 10 или 12 цифр</translation>
    </message>
    <message>
        <source>Website request</source>
        <translation>Заявка с сайта</translation>
    </message>
    <message>
        <source>Website request from %1</source>
        <translation>Заявка с сайта от %1</translation>
    </message>
</context>
<context>
    <name>WebFormListModel</name>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Вендор</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Allowed sites</source>
        <translation>Разрешенные сайты</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>No other site may embed the form: it is shown on its own page only</source>
        <translation>Другим сайтам встраивать форму нельзя: она показывается только на своей странице</translation>
    </message>
    <message>
        <source>Publication %1</source>
        <translation>Публикация %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <source>Its own page only</source>
        <translation>Только своя страница</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 Its address answers “not published” until that is undone; then it is served again by itself. Unpublish takes it off for good.</source>
        <translation>%1 По его адресу отвечается «не опубликовано», пока это не будет отменено; затем форма снова станет доступна сама. «Снять с публикации» убирает её окончательно.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Приостановлено: %1</translation>
    </message>
</context>
<context>
    <name>WebFormPage</name>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Request about %1</source>
        <translation>Заявка: %1</translation>
    </message>
    <message>
        <source>Thank you: %1 has received your request.</source>
        <translation>Спасибо: %1 получил вашу заявку.</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Исправьте, пожалуйста, следующее</translation>
    </message>
    <message>
        <source>Fields marked (required) must be filled in.</source>
        <translation>Поля с пометкой (обязательно) нужно заполнить.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Отправить заявку</translation>
    </message>
    <message>
        <source>Send another request</source>
        <translation>Отправить еще один запрос</translation>
    </message>
</context>
<context>
    <name>WebFormPublications</name>
    <message>
        <source>Only a CRM admin of a distributor or reseller publishes web forms; %1 is not one at %2.</source>
        <translation>Публиковать веб-формы может только CRM-администратор дистрибьютора или реселлера; %1 не является им в %2.</translation>
    </message>
    <message>
        <source>The lead form %1 does not apply to a listed listing %2 of your marketplaces, or is inactive.</source>
        <translation>Форма лидов %1 не относится к действующему размещению %2 на ваших маркетплейсах или неактивна.</translation>
    </message>
    <message>
        <source>%1 is not a published web form of your account.</source>
        <translation>%1 не является опубликованной веб-формой вашей учетной записи.</translation>
    </message>
    <message>
        <source>This form is not published (any more).</source>
        <translation>Эта форма не опубликована (или уже снята с публикации).</translation>
    </message>
    <message>
        <source>“%1” is not a site: write it as https://www.example.com, without a path.</source>
        <translation>«%1» не является сайтом: запишите его как https://www.example.com, без пути.</translation>
    </message>
    <message>
        <source>A form allows at most %1 sites; these are %2.</source>
        <translation>Форма допускает не более %1 сайтов; здесь их %2.</translation>
    </message>
    <message>
        <source>Give the address where visitors reach the service, such as https://leads.example.com (at most %1 characters).</source>
        <translation>Укажите адрес, по которому посетители обращаются к сервису, например https://leads.example.com (не более %1 символов).</translation>
    </message>
    <message>
        <source>%1 is already published for %2 as %3.</source>
        <translation>%1 уже опубликована для %2 как %3.</translation>
    </message>
    <message>
        <source>Ask about %1</source>
        <translation>Вопрос по продукту %1</translation>
    </message>
    <message>
        <source>Open the form on its own page</source>
        <translation>Открыть форму на отдельной странице</translation>
    </message>
    <message>
        <source>The vendor has deactivated this lead form.</source>
        <translation>Поставщик деактивировал эту форму лида.</translation>
    </message>
    <message>
        <source>The vendor no longer offers this lead form for this listing.</source>
        <translation>Поставщик больше не предлагает эту форму лида для этого размещения.</translation>
    </message>
    <message>
        <source>The listing is unlisted.</source>
        <translation>Размещение снято.</translation>
    </message>
    <message>
        <source>Whoever published it is no longer a CRM admin of this account.</source>
        <translation>Тот, кто его опубликовал, больше не является CRM-администратором этой учётной записи.</translation>
    </message>
</context>
<context>
    <name>WebFormsTab</name>
    <message>
        <source>Web forms</source>
        <translation>Веб-формы</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Опубликовать…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Embed code…</source>
        <translation>&amp;Код для встраивания…</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>Сн&amp;ять с публикации…</translation>
    </message>
    <message>
        <source>No lead form to publish. A vendor&apos;s active lead form can be published here for each of your listings of the vendor&apos;s products it applies to.</source>
        <translation>Нет форм для публикации. Активную форму лидов вендора можно опубликовать здесь для каждого вашего размещения тех продуктов вендора, к которым она относится.</translation>
    </message>
    <message>
        <source>Publish the selected form on your websites: customers fill it in and their leads are yours</source>
        <translation>Опубликовать выбранную форму на ваших сайтах: клиенты заполняют ее, и их лиды становятся вашими</translation>
    </message>
    <message>
        <source>Change the service address and the sites that may embed the selected form</source>
        <translation>Изменить адрес сервиса и сайты, которым можно встраивать выбранную форму</translation>
    </message>
    <message>
        <source>Show the code to paste into a page of your website (or press Enter on it)</source>
        <translation>Показать код для вставки в страницу вашего сайта (или нажмите Enter на нем)</translation>
    </message>
    <message>
        <source>Take the selected form off the web: its address stops answering at once</source>
        <translation>Снять выбранную форму с публикации: ее адрес сразу перестает отвечать</translation>
    </message>
    <message>
        <source>Could not show the web forms</source>
        <translation>Не удалось показать веб-формы</translation>
    </message>
    <message>
        <source>Unpublish web form</source>
        <translation>Снятие веб-формы с публикации</translation>
    </message>
    <message>
        <source>Unpublish the form “%1” (%2) for %3? Its address %4 stops answering at once: pages that show the form show an error instead, and no lead comes from it any more.</source>
        <translation>Снять с публикации форму «%1» (%2) для %3? Ее адрес %4 сразу перестанет отвечать: страницы с формой покажут вместо нее ошибку, и лиды через нее больше не придут.</translation>
    </message>
</context>
<context>
    <name>WebsiteUrl</name>
    <message>
        <source>Enter the company&apos;s website.</source>
        <translation>Введите сайт компании.</translation>
    </message>
    <message>
        <source>Only http and https websites are accepted.</source>
        <translation>Принимаются только сайты http и https.</translation>
    </message>
    <message>
        <source>This is not a website address, e.g. https://acme.com.</source>
        <translation>Это не адрес сайта; пример: https://acme.com.</translation>
    </message>
</context>
<context>
    <name>WizardStepList</name>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
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
        <translation>Командный сервер %1 не принял логин %2 с этим паролем.</translation>
    </message>
    <message>
        <source>The team server at %1 has no database &quot;%2&quot;.</source>
        <translation>На командном сервере %1 нет базы данных «%2».</translation>
    </message>
    <message>
        <source>Could not connect to the team server at %1: %2</source>
        <translation>Не удалось подключиться к командному серверу %1: %2</translation>
    </message>
    <message>
        <source>The team server returned no answer.</source>
        <translation>Командный сервер не ответил.</translation>
    </message>
    <message>
        <source>The team workspace %1 was upgraded by another client while it was being opened. Open it again.</source>
        <translation>Командная рабочая область %1 была обновлена другим клиентом во время открытия. Откройте ее снова.</translation>
    </message>
    <message>
        <source>Upgrading the team workspace %1 to schema %2 failed: %3. It was left as it was.</source>
        <translation>Не удалось обновить командную рабочую область %1 до схемы %2: %3. Она оставлена без изменений.</translation>
    </message>
    <message>
        <source>This installation cannot reach team servers: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Эта установка не может подключаться к командным серверам: отсутствует драйвер PostgreSQL для Qt (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 on the team server is empty. An administrator creates the team workspace there with `channeldesk server init`.</source>
        <translation>База данных %1 на командном сервере пуста. Администратор создает в ней командную рабочую область командой `channeldesk server init`.</translation>
    </message>
    <message>
        <source>The database %1 is not empty; a new team workspace needs an empty database. Nothing was changed.</source>
        <translation>База данных %1 не пуста; для новой командной рабочей области нужна пустая база данных. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a ChannelDesk workspace. Nothing was changed.</source>
        <translation>База данных %1 содержит таблицы другой программы, а не рабочую область ChannelDesk. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The team workspace %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Update ChannelDesk to open it.</source>
        <translation>Командная рабочая область %1 записана более новой версией ChannelDesk (схема %2; эта версия читает схемы до %3). Обновите ChannelDesk, чтобы открыть ее.</translation>
    </message>
    <message>
        <source>The team workspace %1 has schema %2 and must be upgraded before it can be read.</source>
        <translation>Командная рабочая область %1 имеет схему %2 и должна быть обновлена, прежде чем ее можно будет прочитать.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and cannot be opened. It was left unchanged; restore it from a backup.</source>
        <translation>Рабочая область %1 повреждена и не может быть открыта. Она оставлена без изменений; восстановите ее из резервной копии.</translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another program. Close it there and try again.</source>
        <translation>Рабочая область %1 заблокирована другой программой. Закройте ее там и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk workspace (it is not a database).</source>
        <translation>%1 не является рабочей областью ChannelDesk (это не база данных).</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written to.</source>
        <translation>В рабочую область %1 невозможно записать данные.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened or created here.</source>
        <translation>Рабочую область %1 невозможно открыть или создать здесь.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read: %2</source>
        <translation>Не удалось прочитать рабочую область %1: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a ChannelDesk workspace. It was left unchanged.</source>
        <translation>%1 — база данных другой программы, а не рабочая область ChannelDesk. Она оставлена без изменений.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Update ChannelDesk to open it.</source>
        <translation>Рабочая область %1 записана более новой версией ChannelDesk (схема %2; эта версия читает схемы до %3). Обновите ChannelDesk, чтобы открыть ее.</translation>
    </message>
    <message>
        <source>it has %1 that ChannelDesk did not create</source>
        <translation>в ней есть объекты, которые ChannelDesk не создавал: %1</translation>
    </message>
    <message>
        <source>it lacks %1 of schema %2</source>
        <translation>в ней нет объектов схемы %2: %1</translation>
    </message>
    <message>
        <source>%1 carries the ChannelDesk mark but is not a workspace ChannelDesk made (%2). It was left unchanged.</source>
        <translation>%1 имеет метку ChannelDesk, но не является рабочей областью, созданной ChannelDesk (%2). Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>The workspace %1 was changed by another program while it was being opened. Try again.</source>
        <translation>Рабочая область %1 была изменена другой программой во время открытия. Повторите попытку.</translation>
    </message>
    <message>
        <source>Upgrading the workspace %1 to schema %2 failed: %3. The workspace was left as it was.</source>
        <translation>Не удалось обновить рабочую область %1 до схемы %2: %3. Рабочая область оставлена без изменений.</translation>
    </message>
    <message>
        <source>The workspace %1 is open read-only: changes cannot be saved. Make the file and its folder writable, or copy it elsewhere, and open it again.</source>
        <translation>Рабочая область %1 открыта только для чтения: изменения сохранить нельзя. Сделайте файл и его папку доступными для записи или скопируйте файл в другое место и откройте его снова.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>Файл рабочей области не указан.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 — это папка, а не файл рабочей области.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Рабочая область %1 не существует.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new workspace.</source>
        <translation>%1 уже существует; выберите другое имя для новой рабочей области.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 does not exist.</source>
        <translation>Невозможно создать рабочую область %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read.</source>
        <translation>Невозможно прочитать рабочую область %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a ChannelDesk workspace. It was left unchanged: delete it, or choose another name for a new workspace.</source>
        <translation>%1 — пустой файл, а не рабочая область ChannelDesk. Он оставлен без изменений: удалите его или выберите другое имя для новой рабочей области.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: the file is shorter than its header says (it was cut off). It was left unchanged; restore it from a backup.</source>
        <translation>Рабочая область %1 повреждена: файл короче, чем указано в его заголовке (он обрезан). Она оставлена без изменений; восстановите ее из резервной копии.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (the file, its folder or its disk cannot be written), so ChannelDesk cannot work in it. Make it writable or copy it to a writable folder; `channeldesk export` can still read it.</source>
        <translation>Рабочая область %1 доступна только для чтения (файл, его папка или диск недоступны для записи), поэтому ChannelDesk не может в ней работать. Сделайте ее доступной для записи или скопируйте в папку с правом записи; `channeldesk export` по-прежнему может ее читать.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by an older version of ChannelDesk (schema %2) and must be upgraded before it can be read, which needs it writable.</source>
        <translation>Рабочая область %1 записана более старой версией ChannelDesk (схема %2) и должна быть обновлена, прежде чем ее можно будет прочитать, а для этого она должна быть доступна для записи.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: %2</source>
        <translation>Невозможно создать рабочую область %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created here.</source>
        <translation>Невозможно создать рабочую область %1 здесь.</translation>
    </message>
</context>
<context>
    <name>WorkspacePush</name>
    <message>
        <source>The database returned no answer.</source>
        <translation>База данных не ответила.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by an older version of ChannelDesk (schema %2; this version pushes schema %3). Open it once with this version (channeldesk --workspace FILE), which upgrades it, then push it again. It was left unchanged.</source>
        <translation>Рабочая область %1 записана более старой версией ChannelDesk (схема %2; эта версия переносит схему %3). Откройте ее один раз в этой версии (channeldesk --workspace FILE), чтобы обновить, затем повторите перенос. Рабочая область оставлена без изменений.</translation>
    </message>
    <message>
        <source>The workspace %1 has a table %2 that the team server&apos;s schema lacks; nothing was pushed.</source>
        <translation>В рабочей области %1 есть таблица %2, которой нет в схеме командного сервера; ничего не перенесено.</translation>
    </message>
    <message>
        <source>The team server&apos;s tables %1 refer to each other in a circle; they cannot be copied one after the other.</source>
        <translation>Таблицы командного сервера %1 ссылаются друг на друга по кругу; их нельзя скопировать одну за другой.</translation>
    </message>
    <message>
        <source>The database %1 already holds a ChannelDesk workspace (schema %2). Push needs an empty database; nothing was changed.</source>
        <translation>База данных %1 уже содержит рабочую область ChannelDesk (схема %2). Для переноса нужна пустая база данных; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 is not empty: it holds tables of another program. Push needs an empty database; nothing was changed.</source>
        <translation>База данных %1 не пуста: она содержит таблицы другой программы. Для переноса нужна пустая база данных; ничего не изменено.</translation>
    </message>
    <message>
        <source>Creating the schema on %1 failed at migration %2: %3</source>
        <translation>Не удалось создать схему на %1 на миграции %2: %3</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>Не удалось скопировать таблицу %1: %2</translation>
    </message>
    <message>
        <source>The table %1 changed while it was being copied (%2 rows counted, %3 read).</source>
        <translation>Таблица %1 изменилась во время копирования (подсчитано строк: %2, прочитано: %3).</translation>
    </message>
    <message>
        <source>Push copies a workspace file to a team server; the first argument must be a file, not a server address.</source>
        <translation>Команда push копирует файл рабочей области на командный сервер; первым аргументом должен быть файл, а не адрес сервера.</translation>
    </message>
    <message>
        <source>Push needs the team database as postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE, not “%1”.</source>
        <translation>Для push нужна командная база данных в виде postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE, а не «%1».</translation>
    </message>
    <message>
        <source>This installation cannot reach team servers: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Эта установка не может подключаться к командным серверам: отсутствует драйвер PostgreSQL для Qt (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the team server %1: %2</source>
        <translation>Не удалось подключиться к командному серверу %1: %2</translation>
    </message>
    <message>
        <source>Pushing %1 to %2 failed; the team database was left as it was (empty). %3</source>
        <translation>Не удалось перенести %1 в %2; командная база данных оставлена без изменений (пустой). %3</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>Enter the name of your company.</source>
        <translation>Введите название вашей компании.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не более %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Введите ваше имя.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Введите ваш адрес e-mail.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Это недопустимый адрес e-mail.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Generating %1 of %2 records</source>
        <translation>Генерация: %1 из %2 записей</translation>
    </message>
    <message>
        <source>Wrote the demo workspace %1</source>
        <translation>Демонстрационная рабочая область записана: %1</translation>
    </message>
    <message>
        <source>Checking the workspace for damage before writing to it…</source>
        <translation>Проверка рабочей области на повреждения перед записью…</translation>
    </message>
    <message numerus="yes">
        <source>Importing: %n rows read (%1%)</source>
        <translation>
            <numerusform>Импорт: прочитана %n строка (%1%)</numerusform>
            <numerusform>Импорт: прочитано %n строки (%1%)</numerusform>
            <numerusform>Импорт: прочитано %n строк (%1%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the workspace: another program is writing to it…</source>
        <translation>Ожидание рабочей области: в нее записывает другая программа…</translation>
    </message>
    <message>
        <source>Importing %1 as %2 in %3</source>
        <translation>Импорт %1 от имени %2 в %3</translation>
    </message>
    <message>
        <source>Columns not imported:</source>
        <translation>Неимпортированные столбцы:</translation>
    </message>
    <message numerus="yes">
        <source>Read %n rows in %1 s (%2 rows/s)</source>
        <translation>
            <numerusform>Прочитана %n строка за %1 с (%2 строк/с)</numerusform>
            <numerusform>Прочитано %n строки за %1 с (%2 строк/с)</numerusform>
            <numerusform>Прочитано %n строк за %1 с (%2 строк/с)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows</source>
        <translation>Экспортировано строк: %1 из %2</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Невозможно прочитать файл пароля %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 starts with an empty line; the login needs a password.</source>
        <translation>Файл пароля %1 начинается с пустой строки; для входа нужен пароль.</translation>
    </message>
    <message>
        <source>Password of the login: </source>
        <translation>Пароль для входа: </translation>
    </message>
    <message>
        <source>No password was given; the login needs one.</source>
        <translation>Пароль не указан; для входа он необходим.</translation>
    </message>
    <message>
        <source>Pushing: %1 of %2 rows copied (%3)</source>
        <translation>Перенос: скопировано %1 из %2 строк (%3)</translation>
    </message>
    <message>
        <source>Pushed %1 rows of %2 tables to %3 in %4 s (%5 rows/s; schema %6 s, rows %7 s at %8 rows/s)</source>
        <translation>Перенесено строк: %1 (таблиц: %2) в %3 за %4 с (%5 строк/с; схема — %6 с, строки — %7 с со скоростью %8 строк/с)</translation>
    </message>
    <message>
        <source>Created the team workspace %1</source>
        <translation>Командная рабочая область создана: %1</translation>
    </message>
    <message numerus="yes">
        <source>with the demo and %n login(s), password as given (default %1)</source>
        <translation>
            <numerusform>с демоданными и %n логином, пароль — как указано (по умолчанию %1)</numerusform>
            <numerusform>с демоданными и %n логинами, пароль — как указано (по умолчанию %1)</numerusform>
            <numerusform>с демоданными и %n логинами, пароль — как указано (по умолчанию %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added user %1 (login %2) to %3</source>
        <translation>Пользователь %1 (логин %2) добавлен в %3</translation>
    </message>
    <message>
        <source>Set the login %1 of user %2</source>
        <translation>Задан логин %1 для пользователя %2</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows as %1 in %2 to %3</source>
        <translation>
            <numerusform>Экспортирована %n строка от имени %1 (%2) в %3</numerusform>
            <numerusform>Экспортированы %n строки от имени %1 (%2) в %3</numerusform>
            <numerusform>Экспортировано %n строк от имени %1 (%2) в %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;channeldesk --help&apos;.</source>
        <translation>Попробуйте «channeldesk --help».</translation>
    </message>
</context>
</TS>
