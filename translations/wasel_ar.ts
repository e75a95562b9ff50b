<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>wasel::app::AppContext</name>
    <message>
        <source>The live demo cannot start its webhook server: %1</source>
        <translation>لا يستطيع العرض الحي تشغيل خادم الويب هوك: %1</translation>
    </message>
    <message>
        <source>The webhook secrets cannot be read from the keychain (%1). Providers are refused until they can.</source>
        <translation>لا يمكن قراءة أسرار الويب هوك من سلسلة المفاتيح (%1). سيتم رفض رسائل المزوّدين حتى تصبح متاحة.</translation>
    </message>
    <message>
        <source>The webhook server cannot start: %1</source>
        <translation>لا يمكن تشغيل خادم الويب هوك: %1</translation>
    </message>
    <message>
        <source>The AI key cannot be read from the keychain (%1); the AI answers without it.</source>
        <translation>لا يمكن قراءة مفتاح الذكاء الاصطناعي من سلسلة المفاتيح (%1)؛ سيجيب الذكاء الاصطناعي بدونه.</translation>
    </message>
</context>
<context>
    <name>wasel::app::Assistant</name>
    <message>
        <source>AI handed over: %1.
Customer: %2 (%3), writes in %4; last intent: %5.
Recent messages:
%6</source>
        <translation>سلّم الذكاء الاصطناعي المحادثة: %1.
الزبون: %2 (%3)، يكتب بـ %4؛ آخر نية: %5.
آخر الرسائل:
%6</translation>
    </message>
    <message>
        <source>the AI service failed: %1</source>
        <translation>تعطلت خدمة الذكاء الاصطناعي: %1</translation>
    </message>
</context>
<context>
    <name>wasel::app::AssistantSetup</name>
    <message>
        <source>The endpoint address must be an http(s) address such as https://api.openai.com.</source>
        <translation>يجب أن يكون عنوان الخدمة عنوان http(s) مثل https://api.openai.com.</translation>
    </message>
    <message>
        <source>The model is missing (for example gpt-4o-mini).</source>
        <translation>النموذج غير محدد (مثلاً gpt-4o-mini).</translation>
    </message>
    <message>
        <source>Use https for an endpoint on another computer: the key would travel unencrypted.</source>
        <translation>استخدم https لخدمة على حاسوب آخر: وإلا سينتقل المفتاح بلا تشفير.</translation>
    </message>
    <message>
        <source>The API key has spaces or line breaks around it; paste it again.</source>
        <translation>حول مفتاح API مسافات أو أسطر جديدة؛ الصقه مرة أخرى.</translation>
    </message>
    <message>
        <source>The AI needs a name customers and staff will see.</source>
        <translation>يحتاج الذكاء الاصطناعي إلى اسم يراه الزبائن والموظفون.</translation>
    </message>
    <message>
        <source>The number of AI replies before a person answers must be between 0 and %1.</source>
        <translation>يجب أن يكون عدد ردود الذكاء الاصطناعي قبل رد موظف بين 0 و%1.</translation>
    </message>
    <message>
        <source>Unknown dialect.</source>
        <translation>لهجة غير معروفة.</translation>
    </message>
    <message>
        <source>The assistant&apos;s settings cannot be saved: %1</source>
        <translation>لا يمكن حفظ إعدادات المساعد: %1</translation>
    </message>
    <message>
        <source>No endpoint is set: the built-in offline responder answers from the knowledge base.</source>
        <translation>لم تُحدَّد خدمة: يجيب المجيب المدمج من قاعدة المعرفة دون اتصال.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>ردّ %1: %2</translation>
    </message>
</context>
<context>
    <name>wasel::app::BackfillService</name>
    <message>
        <source>Cancelled. The messages fetched so far are kept.</source>
        <translation>أُلغي. الرسائل التي جُلبت حتى الآن محفوظة.</translation>
    </message>
    <message>
        <source>A fetched message could not be stored (%1); nothing else was changed.</source>
        <translation>تعذّر حفظ رسالة مجلوبة (%1)؛ لم يتغيّر شيء آخر.</translation>
    </message>
    <message>
        <source>The fetched messages could not be stored (%1).</source>
        <translation>تعذّر حفظ الرسائل المجلوبة (%1).</translation>
    </message>
    <message>
        <source>%1 Meta asks to wait longer than Wasel waits; the history is fetched again on the next start or connect.</source>
        <translation>%1 تطلب Meta الانتظار أطول مما ينتظر واصل؛ سيُجلب السجل مرة أخرى عند التشغيل القادم أو عند الربط.</translation>
    </message>
    <message>
        <source>Meta&apos;s usage limit for this account is nearly reached; the history is fetched again on the next start or connect.</source>
        <translation>اقترب حساب Meta هذا من حدّ الاستخدام؛ سيُجلب السجل مرة أخرى عند التشغيل القادم أو عند الربط.</translation>
    </message>
    <message>
        <source>Meta&apos;s usage limit for this account is nearly reached.</source>
        <translation>اقترب حساب Meta هذا من حدّ الاستخدام.</translation>
    </message>
</context>
<context>
    <name>wasel::app::ChannelSetup</name>
    <message>
        <source>The access token is missing.</source>
        <translation>رمز الوصول غير موجود.</translation>
    </message>
    <message>
        <source>The access token has spaces or line breaks around it; paste it again.</source>
        <translation>حول رمز الوصول مسافات أو أسطر فارغة؛ الصقه مرة أخرى.</translation>
    </message>
    <message>
        <source>This account cannot be saved: %1</source>
        <translation>لا يمكن حفظ هذا الحساب: %1</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>هذا الحساب لم يعد موجوداً.</translation>
    </message>
    <message>
        <source>This account has conversations, which would be lost: disable it instead.</source>
        <translation>لهذا الحساب محادثات ستضيع: عطّله بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Nothing to test yet: this channel&apos;s sending arrives with its own update.</source>
        <translation>لا شيء لاختباره بعد: الإرسال عبر هذه القناة يأتي مع تحديثها الخاص.</translation>
    </message>
    <message>
        <source>IMAP/SMTP mailbox</source>
        <translation>صندوق بريد IMAP/SMTP</translation>
    </message>
    <message>
        <source>SendGrid mailbox</source>
        <translation>صندوق بريد SendGrid</translation>
    </message>
    <message>
        <source>The password is missing.</source>
        <translation>كلمة المرور غير موجودة.</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>مفتاح API غير موجود.</translation>
    </message>
</context>
<context>
    <name>wasel::app::Delivery</name>
    <message>
        <source>This channel is not set up for sending yet.</source>
        <translation>هذه القناة غير مهيأة للإرسال بعد.</translation>
    </message>
</context>
<context>
    <name>wasel::app::InboxActions</name>
    <message>
        <source>The template %1 (%2) is not among this number&apos;s approved templates.</source>
        <translation>القالب %1 (%2) ليس من القوالب المعتمدة لهذا الرقم.</translation>
    </message>
</context>
<context>
    <name>wasel::app::MediaService</name>
    <message>
        <source>The photo could not be downloaded: %1</source>
        <translation>تعذّر تنزيل الصورة: %1</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>تعذّر تنزيل الفيديو: %1</translation>
    </message>
    <message>
        <source>The voice message could not be downloaded: %1</source>
        <translation>تعذّر تنزيل الرسالة الصوتية: %1</translation>
    </message>
    <message>
        <source>The sticker could not be downloaded: %1</source>
        <translation>تعذّر تنزيل الملصق: %1</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>تعذّر تنزيل الملف: %1</translation>
    </message>
</context>
<context>
    <name>wasel::app::ProfileService</name>
    <message>
        <source>No access token for %1 account %2: add it on the Channels page.</source>
        <translation>لا يوجد رمز وصول لحساب %1 %2: أضِفه في صفحة القنوات.</translation>
    </message>
    <message>
        <source>The profile picture could not be downloaded: %1</source>
        <translation>تعذّر تنزيل صورة الملف الشخصي: %1</translation>
    </message>
    <message>
        <source>The profile picture is not an image.</source>
        <translation>صورة الملف الشخصي ليست صورة صالحة.</translation>
    </message>
    <message>
        <source>The folder for profile pictures cannot be created.</source>
        <translation>تعذّر إنشاء مجلد صور الملفات الشخصية.</translation>
    </message>
    <message>
        <source>The profile picture cannot be saved: %1</source>
        <translation>تعذّر حفظ صورة الملف الشخصي: %1</translation>
    </message>
</context>
<context>
    <name>wasel::app::Router</name>
    <message>
        <source>Routing rule &quot;%1&quot; asked for a person.</source>
        <translation>طلبت قاعدة التوجيه &quot;%1&quot; تحويل المحادثة إلى موظف.</translation>
    </message>
    <message>
        <source>routing rule &quot;%1&quot;</source>
        <translation>قاعدة التوجيه &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>wasel::app::SecretStore</name>
    <message>
        <source>No keychain is available on this computer, so Wasel cannot keep secrets. Install and unlock a Secret Service keyring (for example GNOME Keyring) and try again.</source>
        <translation>لا توجد سلسلة مفاتيح على هذا الحاسوب، لذلك لا يستطيع واصل حفظ الأسرار. ثبّت سلسلة مفاتيح (مثل GNOME Keyring) وافتح قفلها ثم حاول مجدداً.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>رفضت سلسلة المفاتيح الوصول. افتح قفلها وحاول مجدداً.</translation>
    </message>
    <message>
        <source>This keychain does not support storing secrets.</source>
        <translation>سلسلة المفاتيح هذه لا تدعم حفظ الأسرار.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>تعذّر حذف السر من سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>سلسلة المفاتيح غير متاحة: %1</translation>
    </message>
</context>
<context>
    <name>wasel::app::Triage</name>
    <message>
        <source>Price question</source>
        <translation>سؤال عن السعر</translation>
    </message>
    <message>
        <source>Wants to buy</source>
        <translation>يريد الشراء</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>حالة الطلب</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Happy customer</source>
        <translation>زبون راضٍ</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>طلب موظفاً</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>تحية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>wasel::channels::ChatClient</name>
    <message>
        <source>The AI service refused the API key (HTTP 401): check the key in Settings.</source>
        <translation>رفضت خدمة الذكاء الاصطناعي مفتاح API (HTTP 401): تحقق من المفتاح في الإعدادات.</translation>
    </message>
    <message>
        <source>The AI account has no quota left: %1</source>
        <translation>نفدت حصة حساب الذكاء الاصطناعي: %1</translation>
    </message>
    <message>
        <source>The AI service answered HTTP %1: %2</source>
        <translation>ردت خدمة الذكاء الاصطناعي بـ HTTP %1: %2</translation>
    </message>
    <message>
        <source>The AI service answered HTTP %1</source>
        <translation>ردت خدمة الذكاء الاصطناعي بـ HTTP %1</translation>
    </message>
    <message>
        <source>No AI endpoint is configured (base URL and model).</source>
        <translation>لم يتم إعداد خدمة ذكاء اصطناعي (العنوان والنموذج).</translation>
    </message>
    <message>
        <source>The AI service sent a reply Wasel cannot read.</source>
        <translation>أرسلت خدمة الذكاء الاصطناعي رداً لا يستطيع واصل قراءته.</translation>
    </message>
    <message>
        <source>The AI service stopped with an error: %1</source>
        <translation>توقفت خدمة الذكاء الاصطناعي بخطأ: %1</translation>
    </message>
    <message>
        <source>The AI service sent an empty reply.</source>
        <translation>أرسلت خدمة الذكاء الاصطناعي رداً فارغاً.</translation>
    </message>
    <message>
        <source>The AI service did not answer in time.</source>
        <translation>لم ترد خدمة الذكاء الاصطناعي في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Cannot reach the AI service: %1</source>
        <translation>تعذّر الوصول إلى خدمة الذكاء الاصطناعي: %1</translation>
    </message>
</context>
<context>
    <name>wasel::channels::CloudSendConnector</name>
    <message>
        <source>%1 is not a WhatsApp number.</source>
        <translation>%1 ليس رقم واتساب.</translation>
    </message>
    <message>
        <source>This template message has no template name or language.</source>
        <translation>رسالة القالب هذه بلا اسم قالب أو لغة.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: send an approved template to re-open the conversation.</source>
        <translation>مرت أكثر من 24 ساعة على آخر رسالة من الزبون: أرسل قالباً معتمداً لإعادة فتح المحادثة.</translation>
    </message>
    <message>
        <source>The message could not be delivered to this number (not on WhatsApp, or an old app version)%1</source>
        <translation>تعذّر إيصال الرسالة إلى هذا الرقم (ليس على واتساب أو إصدار قديم من التطبيق)%1</translation>
    </message>
    <message>
        <source>This number cannot receive messages from this WhatsApp account%1</source>
        <translation>هذا الرقم لا يستطيع استلام رسائل من حساب واتساب هذا%1</translation>
    </message>
    <message>
        <source>WhatsApp does not support this message type%1</source>
        <translation>واتساب لا يدعم هذا النوع من الرسائل%1</translation>
    </message>
    <message>
        <source>The template was refused%1</source>
        <translation>تم رفض القالب%1</translation>
    </message>
    <message>
        <source>The WhatsApp access token is expired or invalid: reconnect the number on the Channels page.</source>
        <translation>رمز الوصول لواتساب منتهٍ أو غير صالح: أعد ربط الرقم من صفحة القنوات.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s rate limit was reached; sending again later%1</source>
        <translation>بلغنا حد الإرسال في واتساب؛ سنعيد الإرسال لاحقاً%1</translation>
    </message>
    <message>
        <source>WhatsApp had a temporary problem%1</source>
        <translation>واجه واتساب مشكلة مؤقتة%1</translation>
    </message>
    <message>
        <source>WhatsApp refused a parameter of the message%1</source>
        <translation>رفض واتساب أحد بيانات الرسالة%1</translation>
    </message>
    <message>
        <source>This WhatsApp account lacks a permission%1</source>
        <translation>ينقص حساب واتساب هذا إذن%1</translation>
    </message>
    <message>
        <source>WhatsApp refused the message%1</source>
        <translation>رفض واتساب الرسالة%1</translation>
    </message>
    <message>
        <source>WhatsApp number %1 is not connected: add its access token on the Channels page.</source>
        <translation>رقم واتساب %1 غير مربوط: أضف رمز الوصول من صفحة القنوات.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only an approved template can be sent now.</source>
        <translation>مرت أكثر من 24 ساعة على آخر رسالة من الزبون: يمكن إرسال قالب معتمد فقط الآن.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>لا يمكن إرسال رسالة فارغة.</translation>
    </message>
    <message>
        <source>Only %1 of %2 parts were sent. %3</source>
        <translation>أُرسل %1 من %2 أجزاء فقط. %3</translation>
    </message>
    <message>
        <source>No access token is stored for this number.</source>
        <translation>لا يوجد رمز وصول محفوظ لهذا الرقم.</translation>
    </message>
    <message>
        <source>Connected: %1 (%2), quality %3</source>
        <translation>متصل: %1 (%2)، الجودة %3</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphConversations</name>
    <message>
        <source>No access token is stored for this account.</source>
        <translation>لا يوجد رمز وصول محفوظ لهذا الحساب.</translation>
    </message>
    <message>
        <source>“%1” is not a Meta account id.</source>
        <translation>«%1» ليس معرّف حساب Meta.</translation>
    </message>
    <message>
        <source>Meta&apos;s list of conversations could not be read.</source>
        <translation>تعذّرت قراءة قائمة المحادثات من Meta.</translation>
    </message>
    <message>
        <source>“%1” is not a Meta conversation id.</source>
        <translation>«%1» ليس معرّف محادثة Meta.</translation>
    </message>
    <message>
        <source>Meta&apos;s messages of a conversation could not be read.</source>
        <translation>تعذّرت قراءة رسائل محادثة من Meta.</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphMessage</name>
    <message>
        <source>The quick replies are not a list.</source>
        <translation>الردود السريعة ليست قائمة.</translation>
    </message>
    <message>
        <source>Meta allows at most %1 quick replies; this message has %2.</source>
        <translation>تسمح ميتا بـ %1 ردود سريعة كحد أقصى؛ وفي هذه الرسالة %2.</translation>
    </message>
    <message>
        <source>A quick reply has no title.</source>
        <translation>أحد الردود السريعة بلا عنوان.</translation>
    </message>
    <message>
        <source>The quick reply &quot;%1&quot; is longer than %2 characters.</source>
        <translation>الرد السريع &quot;%1&quot; أطول من %2 حرفاً.</translation>
    </message>
    <message>
        <source>A card button has no title.</source>
        <translation>أحد أزرار البطاقة بلا عنوان.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; is longer than %2 characters.</source>
        <translation>الزر &quot;%1&quot; أطول من %2 حرفاً.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a web address (https://…).</source>
        <translation>الزر &quot;%1&quot; يحتاج إلى عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; must open a web address or send a reply.</source>
        <translation>يجب أن يفتح الزر &quot;%1&quot; عنوان ويب أو يرسل رداً.</translation>
    </message>
    <message>
        <source>The product cards are not a list.</source>
        <translation>بطاقات المنتجات ليست قائمة.</translation>
    </message>
    <message>
        <source>Meta allows at most %1 cards in one message; this one has %2.</source>
        <translation>تسمح ميتا بـ %1 بطاقات كحد أقصى في الرسالة الواحدة؛ وفي هذه %2.</translation>
    </message>
    <message>
        <source>A card has no title.</source>
        <translation>إحدى البطاقات بلا عنوان.</translation>
    </message>
    <message>
        <source>The card title &quot;%1&quot; is longer than %2 characters.</source>
        <translation>عنوان البطاقة &quot;%1&quot; أطول من %2 حرفاً.</translation>
    </message>
    <message>
        <source>The subtitle of card &quot;%1&quot; is longer than %2 characters.</source>
        <translation>العنوان الفرعي للبطاقة &quot;%1&quot; أطول من %2 حرفاً.</translation>
    </message>
    <message>
        <source>The picture of card &quot;%1&quot; needs a web address (https://…).</source>
        <translation>صورة البطاقة &quot;%1&quot; تحتاج إلى عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; needs a web address (https://…).</source>
        <translation>البطاقة &quot;%1&quot; تحتاج إلى عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; may have at most %2 buttons.</source>
        <translation>يمكن أن تحمل البطاقة &quot;%1&quot; %2 أزرار كحد أقصى.</translation>
    </message>
    <message>
        <source>The attachment address %1 is not a web address.</source>
        <translation>عنوان المرفق %1 ليس عنوان ويب.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>تعذّرت قراءة الملف %1.</translation>
    </message>
    <message>
        <source>The file %1 is larger than Meta&apos;s 25 MB limit.</source>
        <translation>الملف %1 أكبر من حد ميتا البالغ 25 ميغابايت.</translation>
    </message>
    <message>
        <source>Quick replies need a text to go with.</source>
        <translation>الردود السريعة تحتاج إلى نص يرافقها.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>لا يمكن إرسال رسالة فارغة.</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphProfiles</name>
    <message>
        <source>No access token is stored for this account.</source>
        <translation>لا يوجد رمز وصول محفوظ لهذا الحساب.</translation>
    </message>
    <message>
        <source>“%1” is not a Meta user id.</source>
        <translation>«%1» ليس معرّف مستخدم في Meta.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer about this person could not be read.</source>
        <translation>تعذّرت قراءة رد Meta عن هذا الشخص.</translation>
    </message>
    <message>
        <source>The profile picture has no web address.</source>
        <translation>ليس لصورة الملف الشخصي عنوان ويب.</translation>
    </message>
    <message>
        <source>The profile picture is empty or too large.</source>
        <translation>صورة الملف الشخصي فارغة أو كبيرة جداً.</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphSendConnector</name>
    <message>
        <source>Outside Meta&apos;s reply window: the customer has to write again before you can answer.</source>
        <translation>خارج مهلة الرد لدى ميتا: يجب أن يكتب الزبون مجدداً قبل أن تتمكن من الرد.</translation>
    </message>
    <message>
        <source>Meta refused the message: permission denied%1</source>
        <translation>رفضت ميتا الرسالة: لا توجد صلاحية%1</translation>
    </message>
    <message>
        <source>The access token is expired or invalid: reconnect this account on the Channels page.</source>
        <translation>رمز الوصول منتهٍ أو غير صالح: أعد ربط هذا الحساب من صفحة القنوات.</translation>
    </message>
    <message>
        <source>This person isn&apos;t available right now (they blocked messages or left).</source>
        <translation>هذا الشخص غير متاح الآن (حظر الرسائل أو غادر).</translation>
    </message>
    <message>
        <source>Meta found no matching user for this conversation.</source>
        <translation>لم تجد ميتا مستخدماً مطابقاً لهذه المحادثة.</translation>
    </message>
    <message>
        <source>Meta&apos;s rate limit was reached; sending again later%1</source>
        <translation>بلغنا حد الطلبات لدى ميتا؛ سنعيد الإرسال لاحقاً%1</translation>
    </message>
    <message>
        <source>Meta had a temporary problem%1</source>
        <translation>واجهت ميتا مشكلة مؤقتة%1</translation>
    </message>
    <message>
        <source>This account lacks a permission Meta requires%1</source>
        <translation>ينقص هذا الحساب إذن تطلبه ميتا%1</translation>
    </message>
    <message>
        <source>Meta refused the message: %1</source>
        <translation>رفضت ميتا الرسالة: %1</translation>
    </message>
    <message>
        <source>%1 account %2 is not connected: add its access token on the Channels page.</source>
        <translation>حساب %1 رقم %2 غير مربوط: أضف رمز الوصول من صفحة القنوات.</translation>
    </message>
    <message>
        <source>This conversation has no recipient id to answer.</source>
        <translation>لا يوجد معرّف مستلم لهذه المحادثة للرد عليه.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only a person may answer now (human agent tag), not the AI.</source>
        <translation>مرت أكثر من 24 ساعة على آخر رسالة من الزبون: يمكن لموظف فقط الرد الآن (وسم الموظف)، وليس الذكاء الاصطناعي.</translation>
    </message>
    <message>
        <source>More than 7 days since the customer wrote: Meta allows no reply until they write again.</source>
        <translation>مرت أكثر من 7 أيام على آخر رسالة من الزبون: لا تسمح ميتا بالرد حتى يكتب مجدداً.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>لا يمكن إرسال رسالة فارغة.</translation>
    </message>
    <message>
        <source>Only %1 of %2 parts were sent. %3</source>
        <translation>أُرسل %1 من %2 أجزاء فقط. %3</translation>
    </message>
    <message>
        <source>No access token is stored for this account.</source>
        <translation>لا يوجد رمز وصول محفوظ لهذا الحساب.</translation>
    </message>
    <message>
        <source>Connected as %1 (id %2)</source>
        <translation>متصل باسم %1 (المعرّف %2)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>تعذّرت قراءة الملف %1.</translation>
    </message>
    <message>
        <source>Meta did not confirm the upload.</source>
        <translation>لم تؤكد ميتا رفع الملف.</translation>
    </message>
    <message>
        <source>There is no comment to answer in this conversation.</source>
        <translation>لا يوجد تعليق للرد عليه في هذه المحادثة.</translation>
    </message>
    <message>
        <source>This comment already had its private reply, and Meta allows only one. Answer publicly, or wait until the customer writes to you.</source>
        <translation>هذا التعليق تلقّى رده الخاص من قبل، وميتا تسمح برد واحد فقط. رُدّ علناً، أو انتظر حتى يكتب لك الزبون.</translation>
    </message>
    <message>
        <source>The comment is more than 7 days old: Meta allows no private reply any more. Answer publicly instead.</source>
        <translation>مضى على التعليق أكثر من 7 أيام: لم تعد ميتا تسمح بالرد الخاص. رُدّ علناً بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>A private reply is a single message: at most %1 characters, or one attachment by web address, or the cards.</source>
        <translation>الرد الخاص رسالة واحدة: %1 حرفاً كحد أقصى، أو مرفق واحد بعنوان ويب، أو البطاقات.</translation>
    </message>
    <message>
        <source>A public reply under a post can only be text; send pictures, cards and quick replies as a private reply.</source>
        <translation>الرد العلني تحت المنشور نص فقط؛ أرسل الصور والبطاقات والردود السريعة في رد خاص.</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphTokenInfo</name>
    <message>
        <source>Meta says this access token is no longer valid: reconnect the account and paste a new one.</source>
        <translation>تقول Meta إن رمز الوصول هذا لم يعد صالحاً: أعد ربط الحساب والصق رمزاً جديداً.</translation>
    </message>
</context>
<context>
    <name>wasel::channels::HttpCall</name>
    <message>
        <source>The provider did not answer in time</source>
        <translation>لم يرد المزوّد في الوقت المحدد</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>خطأ في الشبكة: %1</translation>
    </message>
    <message>
        <source>Rate limited by the provider</source>
        <translation>تجاوزنا حد الطلبات لدى المزوّد</translation>
    </message>
    <message>
        <source>The provider had a temporary problem (HTTP %1)</source>
        <translation>واجه المزوّد مشكلة مؤقتة (HTTP %1)</translation>
    </message>
    <message>
        <source>The provider refused the message (HTTP %1)</source>
        <translation>رفض المزوّد الرسالة (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>wasel::channels::MailboxSignIn</name>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds.</source>
        <translation>
            <numerusform>لم يرد %1 خلال أقل من ثانية.</numerusform>
            <numerusform>لم يرد %1 خلال ثانية واحدة.</numerusform>
            <numerusform>لم يرد %1 خلال ثانيتين.</numerusform>
            <numerusform>لم يرد %1 خلال %n ثوانٍ.</numerusform>
            <numerusform>لم يرد %1 خلال %n ثانية.</numerusform>
            <numerusform>لم يرد %1 خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server %1 was not found: check the host name.</source>
        <translation>لم يُعثر على الخادم %1: تحقّق من اسم الخادم.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: check the port and security.</source>
        <translation>رفض %1 الاتصال على المنفذ %2: تحقّق من المنفذ ونوع الحماية.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>أغلق %1 الاتصال.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>فشل الاتصال بـ %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>فشل الاتصال الآمن بـ %1: %2</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not a mail server&apos;s.</source>
        <translation>أرسل %1 رداً لا يشبه رد خادم بريد.</translation>
    </message>
    <message>
        <source>The user name or password has a line break in it; type it again.</source>
        <translation>في اسم المستخدم أو كلمة المرور سطر جديد؛ اكتبها مرة أخرى.</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP: %1</translation>
    </message>
    <message>
        <source>IMAP: %1 turned the connection away: %2</source>
        <translation>IMAP: رفض %1 الاتصال: %2</translation>
    </message>
    <message>
        <source>IMAP: %1 does not answer like an IMAP server.</source>
        <translation>IMAP: لا يرد %1 كخادم IMAP.</translation>
    </message>
    <message>
        <source>IMAP: %1 does not offer STARTTLS; choose TLS instead.</source>
        <translation>IMAP: لا يدعم %1 ‏STARTTLS؛ اختر TLS بدلاً منه.</translation>
    </message>
    <message>
        <source>IMAP: %1 refused the user name or password: %2</source>
        <translation>IMAP: رفض %1 اسم المستخدم أو كلمة المرور: %2</translation>
    </message>
    <message>
        <source>SMTP: %1 refused the user name or password: %2</source>
        <translation>SMTP: رفض %1 اسم المستخدم أو كلمة المرور: %2</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP: %1</translation>
    </message>
    <message>
        <source>SMTP: %1 does not answer like a mail server.</source>
        <translation>SMTP: لا يرد %1 كخادم بريد.</translation>
    </message>
    <message>
        <source>SMTP: %1 refused the greeting: %2</source>
        <translation>SMTP: رفض %1 التحية: %2</translation>
    </message>
    <message>
        <source>SMTP: %1 does not offer STARTTLS; choose TLS instead.</source>
        <translation>SMTP: لا يدعم %1 ‏STARTTLS؛ اختر TLS بدلاً منه.</translation>
    </message>
    <message>
        <source>SMTP: %1 offers no password sign-in (AUTH PLAIN or LOGIN).</source>
        <translation>SMTP: لا يتيح %1 تسجيل الدخول بكلمة مرور (AUTH PLAIN أو LOGIN).</translation>
    </message>
    <message>
        <source>SMTP: %1 refused STARTTLS: %2</source>
        <translation>SMTP: رفض %1 ‏STARTTLS: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 (IMAP) and %2 (SMTP) as %3.</source>
        <translation>تم تسجيل الدخول إلى %1 (IMAP) و%2 (SMTP) باسم %3.</translation>
    </message>
</context>
<context>
    <name>wasel::channels::ManyChatClient</name>
    <message>
        <source>ManyChat answered with an error</source>
        <translation>ردّ ManyChat بخطأ</translation>
    </message>
    <message>
        <source>ManyChat: %1</source>
        <translation>ManyChat: %1</translation>
    </message>
    <message>
        <source>ManyChat subscriber %1 or the content is not valid</source>
        <translation>مشترك ManyChat %1 أو المحتوى غير صالح</translation>
    </message>
    <message>
        <source>ManyChat subscriber %1 is not valid</source>
        <translation>مشترك ManyChat %1 غير صالح</translation>
    </message>
    <message>
        <source>The value for %1 is not a number, text or yes/no</source>
        <translation>قيمة %1 ليست رقماً أو نصاً أو نعم/لا</translation>
    </message>
</context>
<context>
    <name>wasel::channels::ManyChatConnector</name>
    <message>
        <source>ManyChat page %1 is not connected: add its API key on the Channels page.</source>
        <translation>صفحة ManyChat %1 غير مربوطة: أضف مفتاح API من صفحة القنوات.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only a person may answer now, not the AI.</source>
        <translation>مرت أكثر من 24 ساعة على آخر رسالة من الزبون: يمكن لموظف فقط الرد الآن، وليس الذكاء الاصطناعي.</translation>
    </message>
    <message>
        <source>More than 7 days since the customer wrote: Meta allows no reply until they write again.</source>
        <translation>مرت أكثر من 7 أيام على آخر رسالة من الزبون: لا تسمح ميتا بالرد حتى يكتب مجدداً.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>لا يمكن إرسال رسالة فارغة.</translation>
    </message>
    <message>
        <source>This message is too long for ManyChat (more than 10 parts).</source>
        <translation>هذه الرسالة أطول من المسموح في ManyChat (أكثر من 10 أجزاء).</translation>
    </message>
    <message>
        <source>No ManyChat API key is stored for this page.</source>
        <translation>لا يوجد مفتاح API محفوظ لصفحة ManyChat هذه.</translation>
    </message>
    <message>
        <source>Connected to ManyChat page %1</source>
        <translation>متصل بصفحة ManyChat %1</translation>
    </message>
</context>
<context>
    <name>wasel::channels::Outbox</name>
    <message>
        <source>Sending was interrupted; waiting for the %1 channel to be connected</source>
        <translation>انقطع الإرسال؛ بانتظار ربط قناة %1</translation>
    </message>
    <message>
        <source>The conversation or message no longer exists</source>
        <translation>المحادثة أو الرسالة لم تعد موجودة</translation>
    </message>
    <message>
        <source>Waiting for the %1 channel to be connected</source>
        <translation>بانتظار ربط قناة %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>توقفنا دون أي محاولة: %1</numerusform>
            <numerusform>توقفنا بعد محاولة واحدة: %1</numerusform>
            <numerusform>توقفنا بعد محاولتين: %1</numerusform>
            <numerusform>توقفنا بعد %n محاولات: %1</numerusform>
            <numerusform>توقفنا بعد %n محاولة: %1</numerusform>
            <numerusform>توقفنا بعد %n محاولة: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::channels::SendGridApi</name>
    <message>
        <source>SendGrid refused the API key: %1</source>
        <translation>رفض SendGrid مفتاح API: %1</translation>
    </message>
    <message>
        <source>SendGrid answered %1</source>
        <translation>ردّ SendGrid بـ %1</translation>
    </message>
    <message>
        <source>SendGrid: %1</source>
        <translation>SendGrid: %1</translation>
    </message>
    <message>
        <source>The API key works but may not send mail: give it the Mail Send permission in SendGrid&apos;s API key settings.</source>
        <translation>المفتاح يعمل لكنه لا يستطيع إرسال البريد: امنحه صلاحية Mail Send في إعدادات مفاتيح API في SendGrid.</translation>
    </message>
    <message numerus="yes">
        <source>The API key may send mail (%n permissions).</source>
        <translation>
            <numerusform>يستطيع المفتاح إرسال البريد (بلا صلاحيات).</numerusform>
            <numerusform>يستطيع المفتاح إرسال البريد (صلاحية واحدة).</numerusform>
            <numerusform>يستطيع المفتاح إرسال البريد (صلاحيتان).</numerusform>
            <numerusform>يستطيع المفتاح إرسال البريد (%n صلاحيات).</numerusform>
            <numerusform>يستطيع المفتاح إرسال البريد (%n صلاحية).</numerusform>
            <numerusform>يستطيع المفتاح إرسال البريد (%n صلاحية).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::channels::TwilioSendConnector</name>
    <message>
        <source>Outside WhatsApp&apos;s 24-hour window: send an approved template instead.</source>
        <translation>خارج مهلة الـ 24 ساعة في واتساب: أرسل قالباً معتمداً بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>This is not a valid WhatsApp number%1</source>
        <translation>هذا ليس رقم واتساب صالحاً%1</translation>
    </message>
    <message>
        <source>The customer has opted out of messages from this number.</source>
        <translation>ألغى الزبون الاشتراك في الرسائل من هذا الرقم.</translation>
    </message>
    <message>
        <source>This number cannot receive WhatsApp messages%1</source>
        <translation>هذا الرقم لا يستطيع استلام رسائل واتساب%1</translation>
    </message>
    <message>
        <source>Twilio refused the credentials: reconnect this sender on the Channels page.</source>
        <translation>رفضت Twilio بيانات الدخول: أعد ربط هذا المرسل من صفحة القنوات.</translation>
    </message>
    <message>
        <source>Twilio&apos;s rate limit was reached; sending again later%1</source>
        <translation>بلغنا حد الإرسال في Twilio؛ سنعيد الإرسال لاحقاً%1</translation>
    </message>
    <message>
        <source>Twilio refused the message%1</source>
        <translation>رفضت Twilio الرسالة%1</translation>
    </message>
    <message>
        <source>Twilio sender %1 is not connected: add its credentials on the Channels page.</source>
        <translation>مرسل Twilio %1 غير مربوط: أضف بيانات الدخول من صفحة القنوات.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp number.</source>
        <translation>%1 ليس رقم واتساب.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only an approved template can be sent now.</source>
        <translation>مرت أكثر من 24 ساعة على آخر رسالة من الزبون: يمكن إرسال قالب معتمد فقط الآن.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>لا يمكن إرسال رسالة فارغة.</translation>
    </message>
    <message>
        <source>This template message has no Twilio content SID.</source>
        <translation>رسالة القالب هذه بلا معرّف محتوى Twilio.</translation>
    </message>
    <message>
        <source>Only %1 of %2 parts were sent. %3</source>
        <translation>أُرسل %1 من %2 أجزاء فقط. %3</translation>
    </message>
    <message>
        <source>No Twilio credentials are stored for this sender.</source>
        <translation>لا توجد بيانات دخول Twilio محفوظة لهذا المرسل.</translation>
    </message>
    <message>
        <source>Connected to Twilio account %1 (%2)</source>
        <translation>متصل بحساب Twilio %1 (%2)</translation>
    </message>
</context>
<context>
    <name>wasel::channels::WebhookServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>تعذّر الاستماع على %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>wasel::channels::WhatsAppMedia</name>
    <message>
        <source>The media address is not a secure web address: %1</source>
        <translation>عنوان الوسائط ليس عنوان ويب آمنًا: %1</translation>
    </message>
    <message>
        <source>The media address redirects too often.</source>
        <translation>عنوان الوسائط يعيد التوجيه مرات كثيرة جدًا.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>الملف أكبر من %1 ميغابايت.</translation>
    </message>
    <message>
        <source>The file cannot be saved: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
    <message>
        <source>The provider sent an empty file.</source>
        <translation>أرسل المزوّد ملفًا فارغًا.</translation>
    </message>
    <message>
        <source>The message names no media to download.</source>
        <translation>الرسالة لا تذكر وسائط لتنزيلها.</translation>
    </message>
    <message>
        <source>No access token for this WhatsApp number: add it on the Channels page.</source>
        <translation>لا يوجد رمز وصول لرقم واتساب هذا: أضِفه في صفحة القنوات.</translation>
    </message>
    <message>
        <source>WhatsApp gave no address for this media.</source>
        <translation>لم يعطِ واتساب عنوانًا لهذه الوسائط.</translation>
    </message>
    <message>
        <source>No Twilio credentials for this sender: add them on the Channels page.</source>
        <translation>لا توجد بيانات اعتماد Twilio لهذا المرسِل: أضِفها في صفحة القنوات.</translation>
    </message>
</context>
<context>
    <name>wasel::channels::WhatsAppTemplates</name>
    <message>
        <source>The WhatsApp Business Account id %1 is not a number.</source>
        <translation>معرّف حساب واتساب للأعمال %1 ليس رقمًا.</translation>
    </message>
    <message>
        <source>No access token for this WhatsApp Business Account: add it on the Channels page.</source>
        <translation>لا يوجد رمز وصول لحساب واتساب للأعمال هذا: أضِفه في صفحة القنوات.</translation>
    </message>
</context>
<context>
    <name>wasel::models</name>
    <message>
        <source>WhatsApp (Twilio)</source>
        <translation>واتساب (Twilio)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website chat</source>
        <translation>دردشة الموقع</translation>
    </message>
</context>
<context>
    <name>wasel::ui::AssistantPage</name>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>How the AI answers</source>
        <translation>كيف يجيب الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>What the shop sells, where it delivers, how customers pay, opening hours…</source>
        <translation>ماذا يبيع المتجر، وأين يوصّل، وكيف يدفع الزبائن، وأوقات العمل…</translation>
    </message>
    <message>
        <source>About the shop</source>
        <translation>عن المتجر</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>الأسلوب</translation>
    </message>
    <message>
        <source>The customer&apos;s own language</source>
        <translation>لغة الزبون نفسه</translation>
    </message>
    <message>
        <source>Iraqi Arabic</source>
        <translation>العربية العراقية</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>التايلاندية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>الإجابة بـ</translation>
    </message>
    <message>
        <source>The AI&apos;s name</source>
        <translation>اسم الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>AI replies before a person answers</source>
        <translation>ردود الذكاء الاصطناعي قبل أن يرد موظف</translation>
    </message>
    <message>
        <source>AI service (optional)</source>
        <translation>خدمة الذكاء الاصطناعي (اختياري)</translation>
    </message>
    <message>
        <source>empty: the built-in offline responder answers from the knowledge base</source>
        <translation>فارغ: يجيب المجيب المدمج من قاعدة المعرفة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>for example gpt-4o-mini</source>
        <translation>مثلاً gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>kept in the keychain; type a new one to replace it</source>
        <translation>محفوظ في سلسلة المفاتيح؛ اكتب مفتاحاً جديداً لاستبداله</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Forget the stored key (a server on this computer needs none)</source>
        <translation>احذف المفتاح المحفوظ (الخادم على هذا الحاسوب لا يحتاجه)</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible chat completions service: OpenAI, Azure, OpenRouter, or a server on this computer such as Ollama (http://127.0.0.1:11434).</source>
        <translation>أي خدمة محادثة متوافقة مع OpenAI: ‏OpenAI أو Azure أو OpenRouter، أو خادم على هذا الحاسوب مثل Ollama ‏(http://127.0.0.1:11434).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Test the AI service</source>
        <translation>اختبار خدمة الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved. New customer messages are answered this way from now on.</source>
        <translation>تم الحفظ. ستُجاب رسائل الزبائن الجديدة بهذه الطريقة من الآن.</translation>
    </message>
    <message>
        <source>Asking the AI service…</source>
        <translation>جارٍ سؤال خدمة الذكاء الاصطناعي…</translation>
    </message>
    <message>
        <source>The AI service failed: %1</source>
        <translation>فشلت خدمة الذكاء الاصطناعي: %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::BackfillBar</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop fetching the history; what was fetched is kept</source>
        <translation>أوقف جلب السجل؛ ما جُلب يبقى محفوظًا</translation>
    </message>
    <message>
        <source>Fetching recent conversations</source>
        <translation>جلب المحادثات الأخيرة</translation>
    </message>
    <message>
        <source>Fetching recent conversations of %1: %2 of %3</source>
        <translation>جلب المحادثات الأخيرة لـ %1: %2 من %3</translation>
    </message>
    <message>
        <source>Fetching recent conversations of %1…</source>
        <translation>جلب المحادثات الأخيرة لـ %1…</translation>
    </message>
    <message>
        <source>%1: waiting for Meta until %2</source>
        <translation>%1: بانتظار Meta حتى %2</translation>
    </message>
    <message>
        <source>Recent conversations of %1 are in the inbox.</source>
        <translation>المحادثات الأخيرة لـ %1 موجودة في صندوق الوارد.</translation>
    </message>
    <message>
        <source>Fetching the history of %1 stopped: %2</source>
        <translation>توقّف جلب سجل %1: %2</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Page ID</source>
        <translation>معرّف الصفحة</translation>
    </message>
    <message>
        <source>Instagram account ID</source>
        <translation>معرّف حساب إنستغرام</translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation>معرّف رقم الهاتف</translation>
    </message>
    <message>
        <source>WhatsApp Business account ID</source>
        <translation>معرّف حساب واتساب للأعمال</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>معرّف الحساب (SID)</translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation>رقم المرسل</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>معرّف المشروع</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>فشل الاتصال</translation>
    </message>
    <message>
        <source>How your staff will recognise it, e.g. Shop Instagram</source>
        <translation>اسم يعرفه به فريقك، مثل: إنستغرام المتجر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>رمز المصادقة</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <source>optional: another API host, for testing</source>
        <translation>اختياري: خادم API آخر، للاختبار</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>عنوان API</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Webhook URL copied.</source>
        <translation>تم نسخ رابط الويب هوك.</translation>
    </message>
    <message>
        <source>The website widget connects by itself; nothing to paste.</source>
        <translation>أداة الموقع تتصل وحدها؛ لا شيء للصقه.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>رابط الويب هوك</translation>
    </message>
    <message>
        <source>Verify token copied.</source>
        <translation>تم نسخ رمز التحقق.</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>In Meta&apos;s app settings, under Webhooks, paste this URL and the verify token, then subscribe to messages.</source>
        <translation>في إعدادات تطبيق ميتا، ضمن Webhooks، الصق هذا الرابط ورمز التحقق، ثم اشترك في الرسائل.</translation>
    </message>
    <message>
        <source>New %1 account</source>
        <translation>حساب %1 جديد</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>kept in the keychain; type a new one to replace it</source>
        <translation>محفوظ في سلسلة المفاتيح؛ اكتب رمزاً جديداً لاستبداله</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Last webhook received %1</source>
        <translation>آخر ويب هوك وصل %1</translation>
    </message>
    <message>
        <source>No webhook received yet</source>
        <translation>لم يصل أي ويب هوك بعد</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved. The token is in the keychain.</source>
        <translation>تم الحفظ. الرمز في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>متصل: %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>فشل الاتصال: %1</translation>
    </message>
    <message>
        <source>Last sending error: %1</source>
        <translation>آخر خطأ في الإرسال: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>خادم IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>منفذ IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>حماية IMAP</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>خادم SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>منفذ SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>حماية SMTP</translation>
    </message>
    <message>
        <source>reconnect needed</source>
        <translation>يحتاج إعادة ربط</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>الافتراضي (%1)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>بلا تشفير (فقط لخادم على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>optional: the email address</source>
        <translation>اختياري: عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Wasel signs in to the mailbox itself; nothing to paste.</source>
        <translation>يسجّل واصل الدخول إلى صندوق البريد بنفسه؛ لا شيء للصق.</translation>
    </message>
    <message>
        <source>In SendGrid, under Inbound Parse, add this URL with ?token= and the token Wasel&apos;s gateway uses. The API key needs the Mail Send permission.</source>
        <translation>في SendGrid، ضمن Inbound Parse، أضف هذا الرابط مع ‎?token=‎ والرمز الذي تستخدمه بوابة واصل. يحتاج مفتاح API صلاحية Mail Send.</translation>
    </message>
    <message>
        <source>Use an app password if your mail provider asks for one (Gmail, Outlook, iCloud).</source>
        <translation>استخدم كلمة مرور التطبيقات إذا طلبها مزوّد بريدك (Gmail وOutlook وiCloud).</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Connection test (%1): %2</source>
        <translation>اختبار الاتصال (%1): %2</translation>
    </message>
    <message>
        <source>Connection test failed (%1): %2</source>
        <translation>فشل اختبار الاتصال (%1): %2</translation>
    </message>
    <message>
        <source>Reconnect needed: the provider no longer accepts this token. Paste a new one and save.</source>
        <translation>يحتاج إعادة ربط: لم يعد المزوّد يقبل هذا الرمز. الصق رمزاً جديداً واحفظ.</translation>
    </message>
    <message>
        <source>The token does not expire.</source>
        <translation>لا تنتهي صلاحية هذا الرمز.</translation>
    </message>
    <message>
        <source>The token expires soon, on %1: paste a new one before then.</source>
        <translation>تنتهي صلاحية الرمز قريباً، في %1: الصق رمزاً جديداً قبل ذلك.</translation>
    </message>
    <message>
        <source>The token expires on %1.</source>
        <translation>تنتهي صلاحية الرمز في %1.</translation>
    </message>
</context>
<context>
    <name>wasel::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter to send)</source>
        <translation>اكتب رداً… (Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>ملاحظة خاصة</translation>
    </message>
    <message>
        <source>Write a note only your team sees (Ctrl+Shift+N)</source>
        <translation>اكتب ملاحظة يراها فريقك فقط (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>إرسال (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reply window</source>
        <translation>مهلة الرد</translation>
    </message>
    <message>
        <source>Only your team sees notes.</source>
        <translation>الملاحظات يراها فريقك فقط.</translation>
    </message>
    <message>
        <source>Reply window closed: the customer has to write again before you can answer.</source>
        <translation>انتهت مهلة الرد: يجب أن يكتب الزبون مجدداً قبل أن تتمكن من الرد.</translation>
    </message>
    <message>
        <source>Human agent reply: %1</source>
        <translation>رد من موظف: %1</translation>
    </message>
    <message>
        <source>Reply window: %1</source>
        <translation>مهلة الرد: %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Write a private note…</source>
        <translation>اكتب ملاحظة خاصة…</translation>
    </message>
    <message>
        <source>Reply privately</source>
        <translation>رد خاص</translation>
    </message>
    <message>
        <source>Send one private message to the commenter instead of a public reply under the post (once per comment, within 7 days)</source>
        <translation>أرسل رسالة خاصة واحدة إلى صاحب التعليق بدلاً من رد علني تحت المنشور (مرة لكل تعليق، خلال 7 أيام)</translation>
    </message>
    <message>
        <source>A private message to the commenter.</source>
        <translation>رسالة خاصة إلى صاحب التعليق.</translation>
    </message>
    <message>
        <source>A public reply under the post.</source>
        <translation>رد علني تحت المنشور.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only an approved template can be sent.</source>
        <translation>مرّت أكثر من 24 ساعة على آخر رسالة من العميل: لا يمكن الآن إرسال سوى قالب معتمد.</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ConversationDelegate</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>رسالة صوتية</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ملصق</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>أشار إليك في قصة</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>يحتاج موظفاً</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>ذكاء اصطناعي</translation>
    </message>
    <message>
        <source>AI draft</source>
        <translation>مسودة الذكاء الاصطناعي</translation>
    </message>
</context>
<context>
    <name>wasel::ui::MainWindow</name>
    <message>
        <source>Wasel — %1</source>
        <translation>واصل — %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Demo workspace: customers and messages are simulated</source>
        <translation>مساحة عمل تجريبية: الزبائن والرسائل محاكاة</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Connect and check your accounts (Ctrl+Shift+K)</source>
        <translation>اربط حساباتك وتحقق منها (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>How the AI answers, and which AI service it uses (Ctrl+Shift+I)</source>
        <translation>كيف يجيب الذكاء الاصطناعي وأي خدمة يستخدم (Ctrl+Shift+I)</translation>
    </message>
</context>
<context>
    <name>wasel::ui::MessageDelegate</name>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>جاء من إعلان</translation>
    </message>
    <message>
        <source>Opened the chat from a link</source>
        <translation>فتح المحادثة من رابط</translation>
    </message>
    <message>
        <source>This comment was removed</source>
        <translation>حُذف هذا التعليق</translation>
    </message>
    <message>
        <source>This message was unsent</source>
        <translation>أُلغي إرسال هذه الرسالة</translation>
    </message>
    <message>
        <source>edited · %1</source>
        <translation>معدّلة · %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>رسالة صوتية</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ملصق</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Replied to your story</source>
        <translation>ردّ على قصتك</translation>
    </message>
    <message>
        <source>Mentioned you in their story</source>
        <translation>أشار إليك في قصته</translation>
    </message>
    <message>
        <source>Comment on your post</source>
        <translation>تعليق على منشورك</translation>
    </message>
    <message>
        <source>Tapped a button</source>
        <translation>ضغط على زر</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>تفاعل</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>رسالة قالب</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>رسالة غير مدعومة</translation>
    </message>
    <message>
        <source>AI · %1</source>
        <translation>ذكاء اصطناعي · %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم تُرسل</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>لم تُرسل: %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::Sidebar</name>
    <message>
        <source>Views</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>كل المفتوحة</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>محادثاتي</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>يحتاج موظفاً</translation>
    </message>
    <message>
        <source>Failed to send</source>
        <translation>فشل الإرسال</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
</context>
<context>
    <name>wasel::ui::TemplateComposer</name>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>An approved WhatsApp template: the only message allowed more than 24 hours after the customer wrote</source>
        <translation>قالب واتساب معتمد: الرسالة الوحيدة المسموح بها بعد مرور 24 ساعة على آخر رسالة من العميل</translation>
    </message>
    <message>
        <source>The customer will read:</source>
        <translation>سيقرأ العميل:</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>معاينة القالب</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>إرسال القالب</translation>
    </message>
    <message>
        <source>Fill in every variable to send</source>
        <translation>املأ كل المتغيرات للإرسال</translation>
    </message>
    <message>
        <source>No approved templates: create one in WhatsApp Manager, then refresh.</source>
        <translation>لا توجد قوالب معتمدة: أنشئ قالباً في WhatsApp Manager ثم اضغط تحديث.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh templates</source>
        <translation>تحديث القوالب</translation>
    </message>
    <message>
        <source>Variable {{%1}}</source>
        <translation>المتغير {{%1}}</translation>
    </message>
    <message>
        <source>Template variable %1</source>
        <translation>متغير القالب %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The templates could not be refreshed: %1</source>
        <translation>تعذّر تحديث القوالب: %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::Theme</name>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 أيام</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>باقي %1</translation>
    </message>
    <message>
        <source>%1 left (human agent)</source>
        <translation>باقي %1 (رد موظف)</translation>
    </message>
    <message>
        <source>window closed</source>
        <translation>انتهت المهلة</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ThreadView</name>
    <message>
        <source>Assign to me</source>
        <translation>إسناد لي</translation>
    </message>
    <message>
        <source>Assign to me (Ctrl+Shift+A)</source>
        <translation>إسناد لي (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Shift+E)</source>
        <translation>إنهاء (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Snooze until later</source>
        <translation>تأجيل إلى وقت لاحق</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>تولَّ المحادثة</translation>
    </message>
    <message>
        <source>Take over from the AI, or hand back to it</source>
        <translation>تولَّ المحادثة بدل الذكاء الاصطناعي، أو أعدها إليه</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>تعليم كغير مقروءة</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>تعليم كغير مقروءة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>تفاصيل المحادثة</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <source>For 3 hours</source>
        <translation>لمدة 3 ساعات</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>لمدة أسبوع</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Select a conversation to read it and reply.</source>
        <translation>اختر محادثة لقراءتها والرد عليها.</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>زبون غير معروف</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>مؤجلة حتى %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>مسندة إلى %1</translation>
    </message>
    <message>
        <source>The AI asked for a person</source>
        <translation>طلب الذكاء الاصطناعي موظفاً</translation>
    </message>
    <message>
        <source>AI answers</source>
        <translation>يرد الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>AI drafts</source>
        <translation>الذكاء الاصطناعي يكتب مسودات</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Hand back to AI</source>
        <translation>إعادة إلى الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>A message could not be sent.</source>
        <translation>تعذّر إرسال رسالة.</translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation>تعذّر إرسال رسالة: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s picture</source>
        <translation>صورة الزبون</translation>
    </message>
    <message>
        <source>What the conversation is about</source>
        <translation>موضوع المحادثة</translation>
    </message>
    <message>
        <source>open the post</source>
        <translation>افتح المنشور</translation>
    </message>
    <message>
        <source>Comments on your post: %1</source>
        <translation>تعليقات على منشورك: %1</translation>
    </message>
    <message>
        <source>Comments on your post “%1”: %2</source>
        <translation>تعليقات على منشورك «%1»: %2</translation>
    </message>
    <message>
        <source>Started from your story: %1</source>
        <translation>بدأت من قصتك: %1</translation>
    </message>
    <message>
        <source>open the story</source>
        <translation>افتح القصة</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>Writing from the page %1</source>
        <translation>يكتب من الصفحة %1</translation>
    </message>
</context>
</TS>
