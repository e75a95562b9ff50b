<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttachmentActions</name>
    <message>
        <source>The file has not been downloaded.</source>
        <translation>لم يُنزَّل الملف بعد.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>تعذّر استبدال %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>لم يُنزَّل بعد</translation>
    </message>
    <message>
        <source>No application could open the file.</source>
        <translation>لم يتمكن أي تطبيق من فتح الملف.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
</context>
<context>
    <name>ManyChatContent</name>
    <message>
        <source>A button has no title.</source>
        <translation>أحد الأزرار بلا عنوان.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a web address (https://…).</source>
        <translation>الزر &quot;%1&quot; يحتاج إلى عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; names no ManyChat flow to go to.</source>
        <translation>الزر &quot;%1&quot; لا يحدد مسار ManyChat ينتقل إليه.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; must open a web address or go to a ManyChat flow.</source>
        <translation>يجب أن يفتح الزر &quot;%1&quot; عنوان ويب أو ينتقل إلى مسار في ManyChat.</translation>
    </message>
    <message>
        <source>The buttons are not a list.</source>
        <translation>الأزرار ليست قائمة.</translation>
    </message>
    <message>
        <source>At most %1 buttons fit on one message; this one has %2.</source>
        <translation>تتسع الرسالة الواحدة لـ %1 أزرار كحد أقصى؛ وفي هذه %2.</translation>
    </message>
    <message>
        <source>The product cards are not a list.</source>
        <translation>بطاقات المنتجات ليست قائمة.</translation>
    </message>
    <message>
        <source>At most %1 cards fit in one gallery; this one has %2.</source>
        <translation>يتسع المعرض الواحد لـ %1 بطاقات كحد أقصى؛ وفي هذا %2.</translation>
    </message>
    <message>
        <source>A card has no title.</source>
        <translation>إحدى البطاقات بلا عنوان.</translation>
    </message>
    <message>
        <source>The picture of card &quot;%1&quot; needs a web address (https://…).</source>
        <translation>صورة البطاقة &quot;%1&quot; تحتاج إلى عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>The link of card &quot;%1&quot; needs a web address (https://…).</source>
        <translation>رابط البطاقة &quot;%1&quot; يحتاج إلى عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>ManyChat can send only pictures and files that are on the web (https://…); &quot;%1&quot; is on this computer.</source>
        <translation>لا يستطيع ManyChat إرسال إلا الصور والملفات الموجودة على الويب (https://…)؛ و&quot;%1&quot; موجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>ManyChat cannot send video, audio or files to Instagram or WhatsApp subscribers.</source>
        <translation>لا يستطيع ManyChat إرسال فيديو أو صوت أو ملفات إلى مشتركي Instagram أو WhatsApp.</translation>
    </message>
    <message>
        <source>Buttons need a text to go with.</source>
        <translation>الأزرار تحتاج إلى نص يرافقها.</translation>
    </message>
    <message>
        <source>ManyChat cannot send product cards to WhatsApp or Telegram subscribers.</source>
        <translation>لا يستطيع ManyChat إرسال بطاقات المنتجات إلى مشتركي WhatsApp أو Telegram.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>لا يمكن إرسال رسالة فارغة.</translation>
    </message>
    <message>
        <source>This message is too long for ManyChat (more than %1 parts).</source>
        <translation>هذه الرسالة طويلة جداً على ManyChat (أكثر من %1 أجزاء).</translation>
    </message>
    <message>
        <source>At most %1 quick replies fit on one message.</source>
        <translation>تتسع الرسالة الواحدة لـ %1 ردود سريعة كحد أقصى.</translation>
    </message>
    <message>
        <source>ManyChat cannot send quick replies to WhatsApp or Telegram subscribers.</source>
        <translation>لا يستطيع ManyChat إرسال ردود سريعة إلى مشتركي WhatsApp أو Telegram.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next conversation</source>
        <translation>المحادثة التالية</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>المحادثة السابقة</translation>
    </message>
    <message>
        <source>Resolve or reopen</source>
        <translation>إنهاء أو إعادة فتح</translation>
    </message>
    <message>
        <source>Resolve and go to the next conversation</source>
        <translation>إنهاء والانتقال إلى المحادثة التالية</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>تأجيل…</translation>
    </message>
    <message>
        <source>Snooze until a date and time…</source>
        <translation>تأجيل حتى تاريخ ووقت…</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>إسناد لي</translation>
    </message>
    <message>
        <source>Assign to a teammate…</source>
        <translation>إسناد إلى زميل…</translation>
    </message>
    <message>
        <source>Set open, pending or resolved…</source>
        <translation>تعيين الحالة: مفتوحة أو قيد الانتظار أو محلولة…</translation>
    </message>
    <message>
        <source>Set the priority…</source>
        <translation>تحديد الأولوية…</translation>
    </message>
    <message>
        <source>Add or remove labels…</source>
        <translation>إضافة تصنيفات أو إزالتها…</translation>
    </message>
    <message>
        <source>Write a private note</source>
        <translation>كتابة ملاحظة خاصة</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>كتابة رد</translation>
    </message>
    <message>
        <source>Take over from the AI, or hand back to it</source>
        <translation>تولَّ المحادثة بدل الذكاء الاصطناعي، أو أعدها إليه</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>تعليم كغير مقروءة</translation>
    </message>
    <message>
        <source>Show or hide the customer panel</source>
        <translation>إظهار لوحة الزبون أو إخفاؤها</translation>
    </message>
    <message>
        <source>Go to the views</source>
        <translation>الانتقال إلى العروض</translation>
    </message>
    <message>
        <source>Go to the conversation list</source>
        <translation>الانتقال إلى قائمة المحادثات</translation>
    </message>
    <message>
        <source>Go to the messages</source>
        <translation>الانتقال إلى الرسائل</translation>
    </message>
    <message>
        <source>Go to the customer panel</source>
        <translation>الانتقال إلى لوحة الزبون</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>قواعد التوجيه</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <source>Show every keyboard shortcut</source>
        <translation>عرض كل اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Go to a customer or conversation</source>
        <translation>الانتقال إلى زبون أو محادثة</translation>
    </message>
    <message>
        <source>Search every message</source>
        <translation>البحث في كل الرسائل</translation>
    </message>
</context>
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
    <message>
        <source>the AI was not confident it could answer</source>
        <translation>لم يكن الذكاء الاصطناعي واثقاً من قدرته على الإجابة</translation>
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
    <name>wasel::app::AutomationSetup</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>القاعدة تحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Another rule is already called &quot;%1&quot;.</source>
        <translation>توجد قاعدة أخرى باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The rule does nothing: choose at least one action.</source>
        <translation>القاعدة لا تفعل شيئاً: اختر إجراءً واحداً على الأقل.</translation>
    </message>
    <message>
        <source>A keyword is empty; separate keywords with commas.</source>
        <translation>إحدى الكلمات المفتاحية فارغة؛ افصل بين الكلمات بفواصل.</translation>
    </message>
    <message>
        <source>There is no canned reply &quot;%1&quot;.</source>
        <translation>لا يوجد رد جاهز باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The rule cannot be saved: %1</source>
        <translation>لا يمكن حفظ القاعدة: %1</translation>
    </message>
    <message>
        <source>The rule cannot be removed: %1</source>
        <translation>لا يمكن حذف القاعدة: %1</translation>
    </message>
    <message>
        <source>The rules cannot be reordered: %1</source>
        <translation>لا يمكن إعادة ترتيب القواعد: %1</translation>
    </message>
    <message>
        <source>Opening and closing time are the same.</source>
        <translation>وقت الفتح ووقت الإغلاق متساويان.</translation>
    </message>
    <message>
        <source>The business hours cannot be saved: %1</source>
        <translation>لا يمكن حفظ ساعات العمل: %1</translation>
    </message>
    <message>
        <source>The question is missing.</source>
        <translation>السؤال غير موجود.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>المنتج يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>The price must be a number of zero or more.</source>
        <translation>يجب أن يكون السعر رقماً يساوي صفراً أو أكثر.</translation>
    </message>
    <message>
        <source>The stock cannot be negative.</source>
        <translation>لا يمكن أن يكون المخزون سالباً.</translation>
    </message>
    <message>
        <source>The answer is missing: the AI would have nothing to say.</source>
        <translation>الجواب غير موجود: لن يجد الذكاء الاصطناعي ما يقوله.</translation>
    </message>
    <message>
        <source>It cannot be saved: %1</source>
        <translation>لا يمكن الحفظ: %1</translation>
    </message>
    <message>
        <source>It cannot be removed: %1</source>
        <translation>لا يمكن الحذف: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>لا يمكن فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>لا يمكن الكتابة في %1: %2</translation>
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
    <message>
        <source>A conversation can only be snoozed until a time that is still to come.</source>
        <translation>لا يمكن تأجيل المحادثة إلا إلى وقت لم يأتِ بعد.</translation>
    </message>
    <message>
        <source>A teammate&apos;s name must have between 1 and 80 characters.</source>
        <translation>يجب أن يتكون اسم الزميل من 1 إلى 80 حرفاً.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>اختر محادثة أولاً.</translation>
    </message>
    <message>
        <source>Files cannot go under a post; open the customer&apos;s chat to send one.</source>
        <translation>لا يمكن وضع ملفات تحت منشور؛ افتح محادثة الزبون الخاصة لإرسال ملف.</translation>
    </message>
    <message>
        <source>Twilio fetches files from a public web address, so a file on this computer cannot be sent through it: paste a link to the file instead.</source>
        <translation>يجلب Twilio الملفات من عنوان ويب عام، لذلك لا يمكن إرسال ملف موجود على هذا الحاسوب عبره: الصق رابطاً للملف بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Files cannot be sent on this channel yet.</source>
        <translation>لا يمكن إرسال ملفات عبر هذه القناة بعد.</translation>
    </message>
    <message>
        <source>This workspace has no media folder.</source>
        <translation>لا يوجد مجلد وسائط في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; %3 takes at most %4 MB for this kind of file.</source>
        <translation>حجم %1 هو %2 ميغابايت؛ يقبل %3 بحد أقصى %4 ميغابايت لهذا النوع من الملفات.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <source>The media folder %1 cannot be created.</source>
        <translation>تعذّر إنشاء مجلد الوسائط %1.</translation>
    </message>
    <message>
        <source>%1 cannot be copied into the workspace.</source>
        <translation>تعذّر نسخ %1 إلى مساحة العمل.</translation>
    </message>
    <message>
        <source>Content templates are sent through Twilio; this is not a Twilio WhatsApp conversation.</source>
        <translation>قوالب المحتوى تُرسل عبر Twilio؛ وهذه ليست محادثة WhatsApp عبر Twilio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a content template SID: it starts with HX and has 32 more letters and digits (Twilio Console, Content Template Builder).</source>
        <translation>&quot;%1&quot; ليس معرّف SID لقالب محتوى: يبدأ المعرّف بـ HX ويليه 32 حرفاً ورقماً (Twilio Console، Content Template Builder).</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>القالب %1</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>القالب %1: %2</translation>
    </message>
    <message>
        <source>That message is no longer there.</source>
        <translation>تلك الرسالة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Reactions can be sent to a customer&apos;s WhatsApp message (Cloud API) only.</source>
        <translation>لا يمكن إرسال التفاعلات إلا على رسالة WhatsApp من الزبون (Cloud API).</translation>
    </message>
</context>
<context>
    <name>wasel::app::ManyChatReplies</name>
    <message>
        <source>ManyChat stopped waiting for the answer; sending it through its API</source>
        <translation>توقف ManyChat عن انتظار الرد؛ سيُرسل عبر واجهة API الخاصة به</translation>
    </message>
</context>
<context>
    <name>wasel::app::ManyChatService</name>
    <message>
        <source>A ManyChat subscriber id is a number (it ends the address of the chat in ManyChat).</source>
        <translation>معرّف مشترك ManyChat رقم (يأتي في آخر عنوان المحادثة في ManyChat).</translation>
    </message>
    <message>
        <source>This customer is already linked to ManyChat subscriber %1.</source>
        <translation>هذا الزبون مرتبط مسبقاً بمشترك ManyChat %1.</translation>
    </message>
    <message>
        <source>Cannot link subscriber %1: %2</source>
        <translation>تعذّر ربط المشترك %1: %2</translation>
    </message>
    <message>
        <source>This customer is not linked to a ManyChat subscriber.</source>
        <translation>هذا الزبون غير مرتبط بمشترك ManyChat.</translation>
    </message>
    <message>
        <source>No ManyChat account is connected: add one on the Channels page.</source>
        <translation>لا يوجد حساب ManyChat مربوط: أضف حساباً في صفحة القنوات.</translation>
    </message>
    <message>
        <source>ManyChat page %1 has no API key: add it on the Channels page.</source>
        <translation>صفحة ManyChat %1 ليس لها مفتاح API: أضفه في صفحة القنوات.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ManyChat</source>
        <translation>ManyChat</translation>
    </message>
    <message>
        <source>Adding tag %1</source>
        <translation>إضافة الوسم %1</translation>
    </message>
    <message>
        <source>Removing tag %1</source>
        <translation>إزالة الوسم %1</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>الحقل المخصص يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>تعيين %1</translation>
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
    <name>wasel::app::TemplateCatalog</name>
    <message>
        <source>no access token is stored for WhatsApp Business Account %1</source>
        <translation>لا يوجد رمز وصول محفوظ لحساب WhatsApp Business %1</translation>
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
    <message>
        <source>A reaction needs the message it reacts to.</source>
        <translation>التفاعل يحتاج إلى الرسالة التي يتفاعل معها.</translation>
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
        <source>The file %1 is larger than WhatsApp&apos;s %2 MB limit for it.</source>
        <translation>الملف %1 أكبر من حد WhatsApp البالغ %2 ميغابايت لهذا النوع.</translation>
    </message>
    <message>
        <source>WhatsApp did not confirm the upload.</source>
        <translation>لم يؤكد WhatsApp اكتمال الرفع.</translation>
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
        <source>No ManyChat API key is stored for this page.</source>
        <translation>لا يوجد مفتاح API محفوظ لصفحة ManyChat هذه.</translation>
    </message>
    <message>
        <source>Connected to ManyChat page %1</source>
        <translation>متصل بصفحة ManyChat %1</translation>
    </message>
    <message>
        <source>%1 (Meta&apos;s Send API also failed: %2)</source>
        <translation>%1 (وفشلت أيضاً Send API من Meta: %2)</translation>
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
    <message>
        <source>Twilio can only send a file from a public web address; %1 is only on this computer.</source>
        <translation>لا يستطيع Twilio إرسال ملف إلا من عنوان ويب عام؛ و%1 موجود على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <source>Twilio sends at most %1 files in one message.</source>
        <translation>يرسل Twilio %1 ملفات كحد أقصى في الرسالة الواحدة.</translation>
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
    <name>wasel::ui::AiActivityBar</name>
    <message>
        <source>Discard draft</source>
        <translation>تجاهل المسودة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The AI could not answer: %1</source>
        <translation>تعذّر على الذكاء الاصطناعي الرد: %1</translation>
    </message>
    <message>
        <source>The AI is drafting a reply in the composer…</source>
        <translation>يكتب الذكاء الاصطناعي مسودة رد في خانة الكتابة…</translation>
    </message>
    <message>
        <source>The AI&apos;s draft is in the composer: send it as it is, edit it, or discard it.</source>
        <translation>مسودة الذكاء الاصطناعي في خانة الكتابة: أرسلها كما هي، أو عدّلها، أو تجاهلها.</translation>
    </message>
    <message>
        <source>The AI wrote a draft; your own text is kept in the composer.</source>
        <translation>كتب الذكاء الاصطناعي مسودة؛ ونصك الخاص محفوظ في خانة الكتابة.</translation>
    </message>
    <message>
        <source>The AI is replying in the thread…</source>
        <translation>الذكاء الاصطناعي يرد في المحادثة…</translation>
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
    <name>wasel::ui::AttachmentStrip</name>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the reply)</source>
        <translation>إرفاق ملفات (أو أفلتها على الرد)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
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
    <name>wasel::ui::CannedPopup</name>
    <message>
        <source>Canned responses</source>
        <translation>الردود الجاهزة</translation>
    </message>
</context>
<context>
    <name>wasel::ui::CannedResponsesDialog</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>e.g. delivery</source>
        <translation>مثلاً: delivery</translation>
    </message>
    <message>
        <source>e.g. Delivery times</source>
        <translation>مثلاً: مواعيد التوصيل</translation>
    </message>
    <message>
        <source>The text that goes into the reply</source>
        <translation>النص الذي يُدرج في الرد</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Type / and the shortcut in a reply to insert the text</source>
        <translation>اكتب / ثم الاختصار داخل الرد لإدراج النص</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>The shortcut is one word without spaces, such as “delivery”.</source>
        <translation>الاختصار كلمة واحدة بلا مسافات، مثل «delivery».</translation>
    </message>
    <message>
        <source>Write the text of the response.</source>
        <translation>اكتب نص الرد.</translation>
    </message>
    <message>
        <source>Another response already has the shortcut /%1.</source>
        <translation>يوجد رد آخر يستخدم الاختصار /%1.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <source>Could not remove: %1</source>
        <translation>تعذّرت الإزالة: %1</translation>
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
    <message>
        <source>API key SID</source>
        <translation>API key SID</translation>
    </message>
    <message>
        <source>Subscribers on (messenger, instagram, whatsapp)</source>
        <translation>المشتركون على (messenger، instagram، whatsapp)</translation>
    </message>
    <message>
        <source>optional: SK…, to sign in with an API key and its secret</source>
        <translation>اختياري: SK…، لتسجيل الدخول بمفتاح API وسرّه</translation>
    </message>
    <message>
        <source>Auth token or API key secret</source>
        <translation>Auth token أو سرّ مفتاح API</translation>
    </message>
    <message>
        <source>Answers and sends (auto)</source>
        <translation>يجيب ويرسل (تلقائي)</translation>
    </message>
    <message>
        <source>Writes drafts for staff to approve</source>
        <translation>يكتب مسودات يوافق عليها الموظفون</translation>
    </message>
    <message>
        <source>Off: only people answer</source>
        <translation>متوقف: يجيب الموظفون فقط</translation>
    </message>
    <message>
        <source>AI in new conversations</source>
        <translation>الذكاء الاصطناعي في المحادثات الجديدة</translation>
    </message>
</context>
<context>
    <name>wasel::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
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
    <message>
        <source>Write a reply… (Enter to send, Shift+Enter for a new line, / for canned responses)</source>
        <translation>اكتب رداً… (Enter للإرسال، Shift+Enter لسطر جديد، / للردود الجاهزة)</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter to send, / for canned responses)</source>
        <translation>اكتب رداً… (Ctrl+Enter للإرسال، / للردود الجاهزة)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>إرسال (Enter)</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ContentTemplateForm</name>
    <message>
        <source>More than 24 hours since the customer wrote: send a Twilio content template. Paste its SID from the Twilio Console (Content Template Builder).</source>
        <translation>مرت أكثر من 24 ساعة على آخر رسالة من الزبون: أرسل قالب محتوى من Twilio. الصق معرّف SID الخاص به من Twilio Console (Content Template Builder).</translation>
    </message>
    <message>
        <source>Content template SID</source>
        <translation>معرّف SID لقالب المحتوى</translation>
    </message>
    <message>
        <source>Content SID, HX…</source>
        <translation>Content SID، HX…</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>متغيرات القالب</translation>
    </message>
    <message>
        <source>Values of {{1}}, {{2}} …, one per line</source>
        <translation>قيم {{1}} و{{2}} …، قيمة في كل سطر</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>إرسال القالب</translation>
    </message>
    <message>
        <source>Enter the template&apos;s SID to send</source>
        <translation>أدخل معرّف SID للقالب للإرسال</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ConversationActions</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
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
        <source>No priority</source>
        <translation>بلا أولوية</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Assign to a teammate (Ctrl+Shift+O)</source>
        <translation>إسناد إلى زميل (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open, pending or resolved</source>
        <translation>مفتوحة أو قيد الانتظار أو محلولة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Add or remove labels (Ctrl+Shift+L)</source>
        <translation>إضافة تصنيفات أو إزالتها (Ctrl+Shift+L)</translation>
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
        <source>Pick a date and time…</source>
        <translation>اختر تاريخاً ووقتاً…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>إسناد إلى…</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>مسندة إلى %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>الأولوية: %1</translation>
    </message>
    <message>
        <source>Labels (%1)</source>
        <translation>التصنيفات (%1)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (أنا)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>شخص آخر…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>إلغاء الإسناد</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>تصنيف جديد…</translation>
    </message>
    <message>
        <source>Assign to someone else</source>
        <translation>إسناد إلى شخص آخر</translation>
    </message>
    <message>
        <source>Teammate&apos;s name:</source>
        <translation>اسم الزميل:</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>تصنيف جديد</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>التصنيف:</translation>
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
    <message>
        <source>Comment removed</source>
        <translation>حُذف التعليق</translation>
    </message>
    <message>
        <source>Message unsent</source>
        <translation>أُلغي إرسال الرسالة</translation>
    </message>
    <message>
        <source>Removed a reaction</source>
        <translation>أزال تفاعلاً</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>تفاعل بـ %1</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>شارك: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>Replied to your story</source>
        <translation>ردّ على قصتك</translation>
    </message>
    <message>
        <source>Shared a post or link</source>
        <translation>شارك منشوراً أو رابطاً</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>رسالة غير مدعومة</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>أولوية عالية</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>الذكاء الاصطناعي: %1</translation>
    </message>
    <message>
        <source>You (AI&apos;s draft): %1</source>
        <translation>أنت (مسودة الذكاء الاصطناعي): %1</translation>
    </message>
    <message>
        <source>Auto-reply: %1</source>
        <translation>رد تلقائي: %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::CustomerPanel</name>
    <message>
        <source>Identities on each channel</source>
        <translation>الهويات على كل قناة</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>الملاحظات الخاصة</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>محادثات أخرى</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>لم يُحدَّد زبون.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <source>Customer&apos;s picture</source>
        <translation>صورة الزبون</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>اسم الزبون</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Add a private note…</source>
        <translation>أضف ملاحظة خاصة…</translation>
    </message>
    <message>
        <source>New private note</source>
        <translation>ملاحظة خاصة جديدة</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>حقول الزبون</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Edit a value to change it; empty it to remove the field.</source>
        <translation>عدّل قيمة لتغييرها؛ أفرغها لحذف الحقل.</translation>
    </message>
    <message>
        <source>New field&apos;s name</source>
        <translation>اسم الحقل الجديد</translation>
    </message>
    <message>
        <source>New field&apos;s value</source>
        <translation>قيمة الحقل الجديد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the field</source>
        <translation>إضافة الحقل</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>اضغط Enter أو انقر نقراً مزدوجاً للفتح</translation>
    </message>
    <message>
        <source>On each channel</source>
        <translation>على كل قناة</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>زبون غير معروف</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>لا توجد تصنيفات</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No other conversations</source>
        <translation>لا توجد محادثات أخرى</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1، %2:
%3</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>لا توجد ملاحظات بعد</translation>
    </message>
</context>
<context>
    <name>wasel::ui::InboxWatcher</name>
    <message>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <source>Sent an attachment</source>
        <translation>أرسل مرفقاً</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>زبون</translation>
    </message>
    <message>
        <source>The AI asked for a person to answer.</source>
        <translation>طلب الذكاء الاصطناعي أن يرد موظف.</translation>
    </message>
</context>
<context>
    <name>wasel::ui::KnowledgePage</name>
    <message>
        <source>Knowledge base</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <source>The AI answers product and delivery questions from these entries only; what is not here goes to a person.</source>
        <translation>يجيب الذكاء الاصطناعي عن أسئلة المنتجات والتوصيل من هذه المدخلات فقط؛ وما ليس هنا يُحوَّل إلى موظف.</translation>
    </message>
    <message>
        <source>Filter by name or tag</source>
        <translation>تصفية حسب الاسم أو الوسم</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <source>Question and answer</source>
        <translation>سؤال وجواب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>empty: no price given</source>
        <translation>فارغ: بلا سعر</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>empty: stock not tracked</source>
        <translation>فارغ: المخزون غير متابَع</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>متوفر</translation>
    </message>
    <message>
        <source>words customers use, separated by commas: bag, جنطة, กระเป๋า</source>
        <translation>كلمات يستخدمها الزبائن، مفصولة بفواصل: bag, جنطة, กระเป๋า</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Import products and questions</source>
        <translation>استيراد المنتجات والأسئلة</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>جداول بيانات (*.csv)</translation>
    </message>
    <message>
        <source>Export products and questions</source>
        <translation>تصدير المنتجات والأسئلة</translation>
    </message>
    <message>
        <source>Name or question</source>
        <translation>الاسم أو السؤال</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Description or answer</source>
        <translation>الوصف أو الجواب</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>سؤال شائع</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الجواب</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not a number.</source>
        <translation>السعر &quot;%1&quot; ليس رقماً.</translation>
    </message>
    <message>
        <source>The stock &quot;%1&quot; is not a whole number.</source>
        <translation>المخزون &quot;%1&quot; ليس عدداً صحيحاً.</translation>
    </message>
    <message>
        <source>Saved. The AI uses it from the next message.</source>
        <translation>تم الحفظ. سيستخدمه الذكاء الاصطناعي ابتداءً من الرسالة القادمة.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>تمت الإزالة.</translation>
    </message>
    <message>
        <source>Entries imported: %1.</source>
        <translation>المدخلات المستوردة: %1.</translation>
    </message>
    <message>
        <source>Entries imported: %1. These rows were skipped:</source>
        <translation>المدخلات المستوردة: %1. تم تخطي هذه الصفوف:</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>تم التصدير إلى %1.</translation>
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
    <message>
        <source>ManyChat</source>
        <translation>ManyChat</translation>
    </message>
    <message>
        <source>The AI could not answer: %1</source>
        <translation>تعذّر على الذكاء الاصطناعي الرد: %1</translation>
    </message>
    <message>
        <source>Customer panel</source>
        <translation>لوحة الزبون</translation>
    </message>
    <message>
        <source>Show or hide the customer panel (Ctrl+Shift+P)</source>
        <translation>إظهار لوحة الزبون أو إخفاؤها (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>الاختصارات</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (Ctrl+/)</source>
        <translation>كل اختصارات لوحة المفاتيح (Ctrl+/)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Routing rules: who gets which conversation (Ctrl+Shift+G)</source>
        <translation>قواعد التوجيه: من يستلم أي محادثة (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>المعرفة</translation>
    </message>
    <message>
        <source>Products and answers the AI may use (Ctrl+Shift+B)</source>
        <translation>المنتجات والأجوبة التي يجوز للذكاء الاصطناعي استخدامها (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter makes a new line)</source>
        <translation>الإرسال بـ Ctrl+Enter (وEnter لسطر جديد)</translation>
    </message>
    <message>
        <source>Send with Enter (Shift+Enter makes a new line)</source>
        <translation>الإرسال بـ Enter (وShift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>إشعارات سطح المكتب</translation>
    </message>
    <message>
        <source>Canned responses…</source>
        <translation>الردود الجاهزة…</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ManyChatPanel</name>
    <message>
        <source>ManyChat</source>
        <translation>ManyChat</translation>
    </message>
    <message>
        <source>ManyChat subscriber id</source>
        <translation>معرّف مشترك ManyChat</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Ask ManyChat for this subscriber&apos;s name, tags and fields again</source>
        <translation>اطلب من ManyChat اسم هذا المشترك ووسومه وحقوله مرة أخرى</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>New tag (as named in ManyChat)</source>
        <translation>وسم جديد (بالاسم المستخدم في ManyChat)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <source>Custom fields (double-click a value to change it)</source>
        <translation>الحقول المخصصة (انقر نقراً مزدوجاً على قيمة لتغييرها)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Add the customer&apos;s intents as ManyChat tags (price_inquiry, complaint …)</source>
        <translation>إضافة نوايا الزبون كوسوم في ManyChat (price_inquiry، complaint …)</translation>
    </message>
    <message>
        <source>ManyChat log</source>
        <translation>سجل ManyChat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>ManyChat is not available in this workspace.</source>
        <translation>ManyChat غير متاح في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>لم يُحدَّد زبون.</translation>
    </message>
    <message>
        <source>Not linked to a ManyChat subscriber. Enter the subscriber&apos;s id to link this customer.</source>
        <translation>غير مرتبط بمشترك ManyChat. أدخل معرّف المشترك لربط هذا الزبون.</translation>
    </message>
    <message>
        <source>Subscriber %1 · not fetched from ManyChat yet</source>
        <translation>المشترك %1 · لم يُجلب من ManyChat بعد</translation>
    </message>
    <message>
        <source>%1 · subscriber %2 · updated %3</source>
        <translation>%1 · المشترك %2 · حُدِّث %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>No ManyChat account is connected: add one on the Channels page.</source>
        <translation>لا يوجد حساب ManyChat مربوط: أضف حساباً في صفحة القنوات.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
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
    <message>
        <source>Shared a contact</source>
        <translation>شارك جهة اتصال</translation>
    </message>
    <message>
        <source>Removed a reaction</source>
        <translation>أزال تفاعلاً</translation>
    </message>
    <message>
        <source>via ManyChat · %1</source>
        <translation>عبر ManyChat · %1</translation>
    </message>
    <message>
        <source>via Meta, ManyChat failed · %1</source>
        <translation>عبر Meta، فشل ManyChat · %1</translation>
    </message>
    <message>
        <source>in ManyChat&apos;s reply · %1</source>
        <translation>ضمن رد ManyChat · %1</translation>
    </message>
    <message>
        <source>%1 · sent the AI&apos;s draft</source>
        <translation>%1 · أرسل مسودة الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>%1 · edited the AI&apos;s draft</source>
        <translation>%1 · عدّل مسودة الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>يكتب…</translation>
    </message>
</context>
<context>
    <name>wasel::ui::RoutingRulesPage</name>
    <message>
        <source>Routing rules</source>
        <translation>قواعد التوجيه</translation>
    </message>
    <message>
        <source>Rules run from the top on every new customer message, before the AI. A rule fires when all its conditions hold.</source>
        <translation>تُطبَّق القواعد من الأعلى على كل رسالة جديدة من زبون، قبل الذكاء الاصطناعي. تعمل القاعدة عندما تتحقق كل شروطها.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل للأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل للأسفل</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>حفظ ساعات العمل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>عندما</translation>
    </message>
    <message>
        <source>Channel is one of</source>
        <translation>القناة واحدة من</translation>
    </message>
    <message>
        <source>Intent is one of</source>
        <translation>النية واحدة من</translation>
    </message>
    <message>
        <source>any of these words, separated by commas: refund, ارجاع, คืนเงิน</source>
        <translation>أي من هذه الكلمات، مفصولة بفواصل: refund, ارجاع, คืนเงิน</translation>
    </message>
    <message>
        <source>Message has a keyword</source>
        <translation>الرسالة تحتوي على كلمة مفتاحية</translation>
    </message>
    <message>
        <source>vip, wholesale</source>
        <translation>vip, wholesale</translation>
    </message>
    <message>
        <source>Customer has a label</source>
        <translation>للزبون تصنيف</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>في أي وقت</translation>
    </message>
    <message>
        <source>During business hours</source>
        <translation>خلال ساعات العمل</translation>
    </message>
    <message>
        <source>Outside business hours</source>
        <translation>خارج ساعات العمل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>عندها</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>إسناد إلى</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Add the label</source>
        <translation>إضافة التصنيف</translation>
    </message>
    <message>
        <source>AI answers</source>
        <translation>يرد الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>AI drafts, staff send</source>
        <translation>الذكاء الاصطناعي يكتب مسودات والموظفون يرسلون</translation>
    </message>
    <message>
        <source>AI off</source>
        <translation>الذكاء الاصطناعي متوقف</translation>
    </message>
    <message>
        <source>AI mode</source>
        <translation>وضع الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Send the canned reply</source>
        <translation>إرسال الرد الجاهز</translation>
    </message>
    <message>
        <source>Hand over to a person (the AI stops)</source>
        <translation>تحويل إلى موظف (يتوقف الذكاء الاصطناعي)</translation>
    </message>
    <message>
        <source>Stop here: later rules do not run</source>
        <translation>توقف هنا: لا تُطبَّق القواعد التالية</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>حفظ القاعدة</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (متوقفة)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>This rule is skipped: %1</source>
        <translation>يتم تخطي هذه القاعدة: %1</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>قاعدة جديدة</translation>
    </message>
    <message>
        <source>Saved. The rule applies to the next customer message.</source>
        <translation>تم الحفظ. تُطبَّق القاعدة على رسالة الزبون القادمة.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>تمت الإزالة.</translation>
    </message>
    <message>
        <source>The stored business hours cannot be read: %1</source>
        <translation>تعذّرت قراءة ساعات العمل المحفوظة: %1</translation>
    </message>
    <message>
        <source>Business hours saved.</source>
        <translation>تم حفظ ساعات العمل.</translation>
    </message>
</context>
<context>
    <name>wasel::ui::SearchPopup</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Go to a customer or conversation</source>
        <translation>الانتقال إلى زبون أو محادثة</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>البحث في كل الرسائل</translation>
    </message>
    <message>
        <source>Go to a customer or conversation…</source>
        <translation>انتقل إلى زبون أو محادثة…</translation>
    </message>
    <message>
        <source>Search all messages…</source>
        <translation>ابحث في كل الرسائل…</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>زبون غير معروف</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Recent conversations</source>
        <translation>المحادثات الأخيرة</translation>
    </message>
    <message>
        <source>Type words from a message: every conversation is searched.</source>
        <translation>اكتب كلمات من رسالة: سيتم البحث في كل المحادثات.</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>لا توجد رسالة تحتوي على «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي رسالة</numerusform>
            <numerusform>عُثر على رسالة واحدة</numerusform>
            <numerusform>عُثر على رسالتين</numerusform>
            <numerusform>عُثر على %n رسائل</numerusform>
            <numerusform>عُثر على %n رسالة</numerusform>
            <numerusform>عُثر على %n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer’s name, phone, email or username matches “%1”.</source>
        <translation>لا يطابق «%1» اسم أي زبون أو رقم هاتفه أو بريده أو اسم مستخدمه.</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
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
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>لا محادثات</numerusform>
            <numerusform>محادثة واحدة</numerusform>
            <numerusform>محادثتان</numerusform>
            <numerusform>%n محادثات</numerusform>
            <numerusform>%n محادثة</numerusform>
            <numerusform>%n محادثة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::ui::SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>تأجيل حتى</translation>
    </message>
    <message>
        <source>The conversation comes back to the inbox at:</source>
        <translation>تعود المحادثة إلى صندوق الوارد في:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
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
        <source>Take over</source>
        <translation>تولَّ المحادثة</translation>
    </message>
    <message>
        <source>Mark unread</source>
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
    <message>
        <source>Snooze until later (Ctrl+Shift+S)</source>
        <translation>تأجيل إلى وقت لاحق (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Take over from the AI, or hand back to it (Ctrl+Shift+H)</source>
        <translation>تولَّ المحادثة بدل الذكاء الاصطناعي، أو أعدها إليه (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Mark as unread (Ctrl+Shift+U)</source>
        <translation>تعليم كغير مقروءة (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>React</source>
        <translation>تفاعل</translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation>إزالة تفاعلي</translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>%1 is a web or mail address from the message</extracomment>
        <translation>فتح %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::TrayIcon</name>
    <message>
        <source>Show Wasel</source>
        <translation>إظهار Wasel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Wasel — no unread conversations</source>
        <translation>Wasel — لا توجد محادثات غير مقروءة</translation>
    </message>
    <message numerus="yes">
        <source>Wasel — %n unread conversation(s)</source>
        <translation>
            <numerusform>Wasel — لا توجد محادثات غير مقروءة</numerusform>
            <numerusform>Wasel — محادثة واحدة غير مقروءة</numerusform>
            <numerusform>Wasel — محادثتان غير مقروءتين</numerusform>
            <numerusform>Wasel — %n محادثات غير مقروءة</numerusform>
            <numerusform>Wasel — %n محادثة غير مقروءة</numerusform>
            <numerusform>Wasel — %n محادثة غير مقروءة</numerusform>
        </translation>
    </message>
</context>
</TS>
