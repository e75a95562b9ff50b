<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AttachmentActions</name>
    <message>
        <source>The file has not been downloaded.</source>
        <translation>ยังไม่ได้ดาวน์โหลดไฟล์</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>แทนที่ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>ยังไม่ได้ดาวน์โหลด</translation>
    </message>
    <message>
        <source>No application could open the file.</source>
        <translation>ไม่มีแอปใดเปิดไฟล์นี้ได้</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>บันทึกไฟล์ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>ManyChatContent</name>
    <message>
        <source>A button has no title.</source>
        <translation>มีปุ่มที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a web address (https://…).</source>
        <translation>ปุ่ม &quot;%1&quot; ต้องมีที่อยู่เว็บ (https://…)</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; names no ManyChat flow to go to.</source>
        <translation>ปุ่ม &quot;%1&quot; ไม่ได้ระบุ flow ของ ManyChat ที่จะไป</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; must open a web address or go to a ManyChat flow.</source>
        <translation>ปุ่ม &quot;%1&quot; ต้องเปิดที่อยู่เว็บหรือไปยัง flow ของ ManyChat</translation>
    </message>
    <message>
        <source>The buttons are not a list.</source>
        <translation>ปุ่มไม่ได้อยู่ในรูปแบบรายการ</translation>
    </message>
    <message>
        <source>At most %1 buttons fit on one message; this one has %2.</source>
        <translation>ข้อความหนึ่งใส่ปุ่มได้ไม่เกิน %1 ปุ่ม แต่ข้อความนี้มี %2 ปุ่ม</translation>
    </message>
    <message>
        <source>The product cards are not a list.</source>
        <translation>การ์ดสินค้าไม่ได้อยู่ในรูปแบบรายการ</translation>
    </message>
    <message>
        <source>At most %1 cards fit in one gallery; this one has %2.</source>
        <translation>แกลเลอรีหนึ่งใส่การ์ดได้ไม่เกิน %1 ใบ แต่แกลเลอรีนี้มี %2 ใบ</translation>
    </message>
    <message>
        <source>A card has no title.</source>
        <translation>มีการ์ดที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>The picture of card &quot;%1&quot; needs a web address (https://…).</source>
        <translation>รูปของการ์ด &quot;%1&quot; ต้องมีที่อยู่เว็บ (https://…)</translation>
    </message>
    <message>
        <source>The link of card &quot;%1&quot; needs a web address (https://…).</source>
        <translation>ลิงก์ของการ์ด &quot;%1&quot; ต้องเป็นที่อยู่เว็บ (https://…)</translation>
    </message>
    <message>
        <source>ManyChat can send only pictures and files that are on the web (https://…); &quot;%1&quot; is on this computer.</source>
        <translation>ManyChat ส่งได้เฉพาะรูปภาพและไฟล์ที่อยู่บนเว็บ (https://…) แต่ &quot;%1&quot; อยู่บนเครื่องนี้</translation>
    </message>
    <message>
        <source>ManyChat cannot send video, audio or files to Instagram or WhatsApp subscribers.</source>
        <translation>ManyChat ส่งวิดีโอ เสียง หรือไฟล์ถึงผู้ติดตามบน Instagram หรือ WhatsApp ไม่ได้</translation>
    </message>
    <message>
        <source>Buttons need a text to go with.</source>
        <translation>ปุ่มต้องมีข้อความประกอบ</translation>
    </message>
    <message>
        <source>ManyChat cannot send product cards to WhatsApp or Telegram subscribers.</source>
        <translation>ManyChat ส่งการ์ดสินค้าถึงผู้ติดตามบน WhatsApp หรือ Telegram ไม่ได้</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>ส่งข้อความว่างไม่ได้</translation>
    </message>
    <message>
        <source>This message is too long for ManyChat (more than %1 parts).</source>
        <translation>ข้อความนี้ยาวเกินไปสำหรับ ManyChat (เกิน %1 ส่วน)</translation>
    </message>
    <message>
        <source>At most %1 quick replies fit on one message.</source>
        <translation>ข้อความหนึ่งใส่การตอบกลับด่วนได้ไม่เกิน %1 รายการ</translation>
    </message>
    <message>
        <source>ManyChat cannot send quick replies to WhatsApp or Telegram subscribers.</source>
        <translation>ManyChat ส่งการตอบกลับด่วนถึงผู้ติดตามบน WhatsApp หรือ Telegram ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next conversation</source>
        <translation>บทสนทนาถัดไป</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>บทสนทนาก่อนหน้า</translation>
    </message>
    <message>
        <source>Resolve or reopen</source>
        <translation>ปิดเรื่องหรือเปิดอีกครั้ง</translation>
    </message>
    <message>
        <source>Resolve and go to the next conversation</source>
        <translation>ปิดเรื่องแล้วไปบทสนทนาถัดไป</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>เลื่อน…</translation>
    </message>
    <message>
        <source>Snooze until a date and time…</source>
        <translation>เลื่อนถึงวันและเวลาที่กำหนด…</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>มอบหมายให้ฉัน</translation>
    </message>
    <message>
        <source>Assign to a teammate…</source>
        <translation>มอบหมายให้เพื่อนร่วมทีม…</translation>
    </message>
    <message>
        <source>Set open, pending or resolved…</source>
        <translation>ตั้งสถานะเป็นเปิดอยู่ รอดำเนินการ หรือเสร็จแล้ว…</translation>
    </message>
    <message>
        <source>Set the priority…</source>
        <translation>ตั้งระดับความสำคัญ…</translation>
    </message>
    <message>
        <source>Add or remove labels…</source>
        <translation>เพิ่มหรือลบป้ายกำกับ…</translation>
    </message>
    <message>
        <source>Write a private note</source>
        <translation>เขียนโน้ตภายใน</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>เขียนคำตอบ</translation>
    </message>
    <message>
        <source>Take over from the AI, or hand back to it</source>
        <translation>รับเรื่องต่อจาก AI หรือส่งคืนให้ AI</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>ทำเครื่องหมายว่ายังไม่อ่าน</translation>
    </message>
    <message>
        <source>Show or hide the customer panel</source>
        <translation>แสดงหรือซ่อนแผงข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>Go to the views</source>
        <translation>ไปที่มุมมอง</translation>
    </message>
    <message>
        <source>Go to the conversation list</source>
        <translation>ไปที่รายการบทสนทนา</translation>
    </message>
    <message>
        <source>Go to the messages</source>
        <translation>ไปที่ข้อความ</translation>
    </message>
    <message>
        <source>Go to the customer panel</source>
        <translation>ไปที่แผงข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>ผู้ช่วย</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>กฎการส่งต่อ</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>ฐานความรู้</translation>
    </message>
    <message>
        <source>Show every keyboard shortcut</source>
        <translation>แสดงปุ่มลัดทั้งหมด</translation>
    </message>
    <message>
        <source>Go to a customer or conversation</source>
        <translation>ไปที่ลูกค้าหรือบทสนทนา</translation>
    </message>
    <message>
        <source>Search every message</source>
        <translation>ค้นหาในข้อความทั้งหมด</translation>
    </message>
</context>
<context>
    <name>wasel::app::AppContext</name>
    <message>
        <source>The live demo cannot start its webhook server: %1</source>
        <translation>การสาธิตสดไม่สามารถเริ่มเซิร์ฟเวอร์เว็บฮุกได้: %1</translation>
    </message>
    <message>
        <source>The webhook secrets cannot be read from the keychain (%1). Providers are refused until they can.</source>
        <translation>ไม่สามารถอ่านรหัสลับของเว็บฮุกจากพวงกุญแจได้ (%1) ระบบจะปฏิเสธข้อมูลจากผู้ให้บริการจนกว่าจะอ่านได้</translation>
    </message>
    <message>
        <source>The webhook server cannot start: %1</source>
        <translation>ไม่สามารถเริ่มเซิร์ฟเวอร์เว็บฮุกได้: %1</translation>
    </message>
    <message>
        <source>The AI key cannot be read from the keychain (%1); the AI answers without it.</source>
        <translation>อ่านคีย์ AI จากพวงกุญแจไม่ได้ (%1) AI จะตอบโดยไม่มีคีย์</translation>
    </message>
</context>
<context>
    <name>wasel::app::Assistant</name>
    <message>
        <source>AI handed over: %1.
Customer: %2 (%3), writes in %4; last intent: %5.
Recent messages:
%6</source>
        <translation>AI ส่งต่อให้ทีมงาน: %1
ลูกค้า: %2 (%3) เขียนเป็นภาษา %4 ความต้องการล่าสุด: %5
ข้อความล่าสุด:
%6</translation>
    </message>
    <message>
        <source>the AI service failed: %1</source>
        <translation>บริการ AI ขัดข้อง: %1</translation>
    </message>
    <message>
        <source>the AI was not confident it could answer</source>
        <translation>AI ไม่มั่นใจว่าจะตอบได้</translation>
    </message>
</context>
<context>
    <name>wasel::app::AssistantSetup</name>
    <message>
        <source>The endpoint address must be an http(s) address such as https://api.openai.com.</source>
        <translation>ที่อยู่บริการต้องเป็นที่อยู่ http(s) เช่น https://api.openai.com</translation>
    </message>
    <message>
        <source>The model is missing (for example gpt-4o-mini).</source>
        <translation>ยังไม่ได้ระบุโมเดล (เช่น gpt-4o-mini)</translation>
    </message>
    <message>
        <source>Use https for an endpoint on another computer: the key would travel unencrypted.</source>
        <translation>ใช้ https สำหรับบริการบนเครื่องอื่น มิฉะนั้นคีย์จะถูกส่งโดยไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>The API key has spaces or line breaks around it; paste it again.</source>
        <translation>คีย์ API มีช่องว่างหรือการขึ้นบรรทัดใหม่ โปรดวางอีกครั้ง</translation>
    </message>
    <message>
        <source>The AI needs a name customers and staff will see.</source>
        <translation>AI ต้องมีชื่อที่ลูกค้าและพนักงานเห็น</translation>
    </message>
    <message>
        <source>The number of AI replies before a person answers must be between 0 and %1.</source>
        <translation>จำนวนคำตอบของ AI ก่อนให้คนตอบต้องอยู่ระหว่าง 0 ถึง %1</translation>
    </message>
    <message>
        <source>Unknown dialect.</source>
        <translation>ไม่รู้จักภาษานี้</translation>
    </message>
    <message>
        <source>The assistant&apos;s settings cannot be saved: %1</source>
        <translation>บันทึกการตั้งค่าผู้ช่วยไม่ได้: %1</translation>
    </message>
    <message>
        <source>No endpoint is set: the built-in offline responder answers from the knowledge base.</source>
        <translation>ยังไม่ได้ตั้งค่าบริการ: ตัวตอบกลับในตัวจะตอบจากฐานความรู้แบบออฟไลน์</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 ตอบว่า: %2</translation>
    </message>
</context>
<context>
    <name>wasel::app::AutomationSetup</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>กฎต้องมีชื่อ</translation>
    </message>
    <message>
        <source>Another rule is already called &quot;%1&quot;.</source>
        <translation>มีกฎอื่นชื่อ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>The rule does nothing: choose at least one action.</source>
        <translation>กฎนี้ไม่ได้ทำอะไร: เลือกการดำเนินการอย่างน้อยหนึ่งอย่าง</translation>
    </message>
    <message>
        <source>A keyword is empty; separate keywords with commas.</source>
        <translation>มีคำสำคัญที่ว่างอยู่ ให้คั่นคำสำคัญด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <source>There is no canned reply &quot;%1&quot;.</source>
        <translation>ไม่มีข้อความสำเร็จรูป &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The rule cannot be saved: %1</source>
        <translation>บันทึกกฎไม่ได้: %1</translation>
    </message>
    <message>
        <source>The rule cannot be removed: %1</source>
        <translation>ลบกฎไม่ได้: %1</translation>
    </message>
    <message>
        <source>The rules cannot be reordered: %1</source>
        <translation>จัดลำดับกฎใหม่ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Opening and closing time are the same.</source>
        <translation>เวลาเปิดและเวลาปิดเป็นเวลาเดียวกัน</translation>
    </message>
    <message>
        <source>The business hours cannot be saved: %1</source>
        <translation>บันทึกเวลาทำการไม่ได้: %1</translation>
    </message>
    <message>
        <source>The question is missing.</source>
        <translation>ยังไม่มีคำถาม</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>สินค้าต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The price must be a number of zero or more.</source>
        <translation>ราคาต้องเป็นตัวเลขตั้งแต่ศูนย์ขึ้นไป</translation>
    </message>
    <message>
        <source>The stock cannot be negative.</source>
        <translation>สต็อกติดลบไม่ได้</translation>
    </message>
    <message>
        <source>The answer is missing: the AI would have nothing to say.</source>
        <translation>ยังไม่มีคำตอบ: AI จะไม่มีอะไรให้ตอบ</translation>
    </message>
    <message>
        <source>It cannot be saved: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <source>It cannot be removed: %1</source>
        <translation>ลบไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>wasel::app::BackfillService</name>
    <message>
        <source>Cancelled. The messages fetched so far are kept.</source>
        <translation>ยกเลิกแล้ว ข้อความที่ดึงมาแล้วยังเก็บไว้</translation>
    </message>
    <message>
        <source>A fetched message could not be stored (%1); nothing else was changed.</source>
        <translation>เก็บข้อความที่ดึงมาไม่ได้ (%1) ไม่มีสิ่งอื่นถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>The fetched messages could not be stored (%1).</source>
        <translation>เก็บข้อความที่ดึงมาไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>%1 Meta asks to wait longer than Wasel waits; the history is fetched again on the next start or connect.</source>
        <translation>%1 Meta ขอให้รอนานกว่าที่ Wasel รอ จะดึงประวัติอีกครั้งเมื่อเปิดครั้งถัดไปหรือเมื่อเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Meta&apos;s usage limit for this account is nearly reached; the history is fetched again on the next start or connect.</source>
        <translation>บัญชีนี้ใกล้ถึงขีดจำกัดการใช้งานของ Meta แล้ว จะดึงประวัติอีกครั้งเมื่อเปิดครั้งถัดไปหรือเมื่อเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Meta&apos;s usage limit for this account is nearly reached.</source>
        <translation>บัญชีนี้ใกล้ถึงขีดจำกัดการใช้งานของ Meta แล้ว</translation>
    </message>
</context>
<context>
    <name>wasel::app::ChannelSetup</name>
    <message>
        <source>The access token is missing.</source>
        <translation>ยังไม่ได้ใส่โทเค็นการเข้าถึง</translation>
    </message>
    <message>
        <source>The access token has spaces or line breaks around it; paste it again.</source>
        <translation>โทเค็นการเข้าถึงมีช่องว่างหรือขึ้นบรรทัดใหม่ติดมา กรุณาวางใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>This account cannot be saved: %1</source>
        <translation>บันทึกบัญชีนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>ไม่มีบัญชีนี้แล้ว</translation>
    </message>
    <message>
        <source>This account has conversations, which would be lost: disable it instead.</source>
        <translation>บัญชีนี้มีบทสนทนาซึ่งจะหายไป กรุณาปิดใช้งานแทน</translation>
    </message>
    <message>
        <source>Nothing to test yet: this channel&apos;s sending arrives with its own update.</source>
        <translation>ยังไม่มีอะไรให้ทดสอบ การส่งผ่านช่องทางนี้จะมากับการอัปเดตของช่องทางเอง</translation>
    </message>
    <message>
        <source>IMAP/SMTP mailbox</source>
        <translation>กล่องจดหมาย IMAP/SMTP</translation>
    </message>
    <message>
        <source>SendGrid mailbox</source>
        <translation>กล่องจดหมาย SendGrid</translation>
    </message>
    <message>
        <source>The password is missing.</source>
        <translation>ยังไม่ได้ใส่รหัสผ่าน</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>ยังไม่ได้ใส่คีย์ API</translation>
    </message>
</context>
<context>
    <name>wasel::app::Delivery</name>
    <message>
        <source>This channel is not set up for sending yet.</source>
        <translation>ช่องทางนี้ยังไม่ได้ตั้งค่าการส่งข้อความ</translation>
    </message>
</context>
<context>
    <name>wasel::app::InboxActions</name>
    <message>
        <source>The template %1 (%2) is not among this number&apos;s approved templates.</source>
        <translation>เทมเพลต %1 (%2) ไม่อยู่ในเทมเพลตที่อนุมัติแล้วของหมายเลขนี้</translation>
    </message>
    <message>
        <source>A conversation can only be snoozed until a time that is still to come.</source>
        <translation>เลื่อนบทสนทนาได้เฉพาะถึงเวลาที่ยังมาไม่ถึงเท่านั้น</translation>
    </message>
    <message>
        <source>A teammate&apos;s name must have between 1 and 80 characters.</source>
        <translation>ชื่อเพื่อนร่วมทีมต้องมี 1 ถึง 80 ตัวอักษร</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>เลือกบทสนทนาก่อน</translation>
    </message>
    <message>
        <source>Files cannot go under a post; open the customer&apos;s chat to send one.</source>
        <translation>ส่งไฟล์ใต้โพสต์ไม่ได้ เปิดแชทของลูกค้าเพื่อส่งไฟล์</translation>
    </message>
    <message>
        <source>Twilio fetches files from a public web address, so a file on this computer cannot be sent through it: paste a link to the file instead.</source>
        <translation>Twilio ดึงไฟล์จากที่อยู่เว็บสาธารณะ จึงส่งไฟล์ที่อยู่บนเครื่องนี้ผ่าน Twilio ไม่ได้ ให้วางลิงก์ของไฟล์แทน</translation>
    </message>
    <message>
        <source>Files cannot be sent on this channel yet.</source>
        <translation>ช่องทางนี้ยังส่งไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>This workspace has no media folder.</source>
        <translation>พื้นที่ทำงานนี้ไม่มีโฟลเดอร์สื่อ</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>อ่าน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 is %2 MB; %3 takes at most %4 MB for this kind of file.</source>
        <translation>%1 มีขนาด %2 MB แต่ %3 รับไฟล์ประเภทนี้ได้ไม่เกิน %4 MB</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ว่างเปล่า</translation>
    </message>
    <message>
        <source>The media folder %1 cannot be created.</source>
        <translation>สร้างโฟลเดอร์สื่อ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 cannot be copied into the workspace.</source>
        <translation>คัดลอก %1 เข้าพื้นที่ทำงานไม่ได้</translation>
    </message>
    <message>
        <source>Content templates are sent through Twilio; this is not a Twilio WhatsApp conversation.</source>
        <translation>เทมเพลตเนื้อหาส่งผ่าน Twilio แต่บทสนทนานี้ไม่ใช่ WhatsApp ผ่าน Twilio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a content template SID: it starts with HX and has 32 more letters and digits (Twilio Console, Content Template Builder).</source>
        <translation>&quot;%1&quot; ไม่ใช่ SID ของเทมเพลตเนื้อหา: SID ขึ้นต้นด้วย HX ตามด้วยตัวอักษรและตัวเลขอีก 32 ตัว (Twilio Console, Content Template Builder)</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>เทมเพลต %1</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>เทมเพลต %1: %2</translation>
    </message>
    <message>
        <source>That message is no longer there.</source>
        <translation>ข้อความนั้นไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Reactions can be sent to a customer&apos;s WhatsApp message (Cloud API) only.</source>
        <translation>ส่งการแสดงความรู้สึกได้เฉพาะกับข้อความ WhatsApp ของลูกค้า (Cloud API) เท่านั้น</translation>
    </message>
</context>
<context>
    <name>wasel::app::ManyChatReplies</name>
    <message>
        <source>ManyChat stopped waiting for the answer; sending it through its API</source>
        <translation>ManyChat เลิกรอคำตอบแล้ว กำลังส่งผ่าน API ของ ManyChat</translation>
    </message>
</context>
<context>
    <name>wasel::app::ManyChatService</name>
    <message>
        <source>A ManyChat subscriber id is a number (it ends the address of the chat in ManyChat).</source>
        <translation>ID ผู้ติดตาม ManyChat เป็นตัวเลข (อยู่ท้ายที่อยู่ของแชทใน ManyChat)</translation>
    </message>
    <message>
        <source>This customer is already linked to ManyChat subscriber %1.</source>
        <translation>ลูกค้ารายนี้เชื่อมโยงกับผู้ติดตาม ManyChat %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>Cannot link subscriber %1: %2</source>
        <translation>เชื่อมโยงผู้ติดตาม %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>This customer is not linked to a ManyChat subscriber.</source>
        <translation>ลูกค้ารายนี้ยังไม่ได้เชื่อมโยงกับผู้ติดตาม ManyChat</translation>
    </message>
    <message>
        <source>No ManyChat account is connected: add one on the Channels page.</source>
        <translation>ยังไม่ได้เชื่อมต่อบัญชี ManyChat: เพิ่มบัญชีในหน้าช่องทาง</translation>
    </message>
    <message>
        <source>ManyChat page %1 has no API key: add it on the Channels page.</source>
        <translation>เพจ ManyChat %1 ไม่มีคีย์ API: เพิ่มคีย์ในหน้าช่องทาง</translation>
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
        <translation>กำลังเพิ่มแท็ก %1</translation>
    </message>
    <message>
        <source>Removing tag %1</source>
        <translation>กำลังลบแท็ก %1</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>ฟิลด์ที่กำหนดเองต้องมีชื่อ</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>กำลังตั้งค่า %1</translation>
    </message>
</context>
<context>
    <name>wasel::app::MediaService</name>
    <message>
        <source>The photo could not be downloaded: %1</source>
        <translation>ไม่สามารถดาวน์โหลดรูปภาพได้: %1</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>ไม่สามารถดาวน์โหลดวิดีโอได้: %1</translation>
    </message>
    <message>
        <source>The voice message could not be downloaded: %1</source>
        <translation>ไม่สามารถดาวน์โหลดข้อความเสียงได้: %1</translation>
    </message>
    <message>
        <source>The sticker could not be downloaded: %1</source>
        <translation>ไม่สามารถดาวน์โหลดสติกเกอร์ได้: %1</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>ไม่สามารถดาวน์โหลดไฟล์ได้: %1</translation>
    </message>
</context>
<context>
    <name>wasel::app::ProfileService</name>
    <message>
        <source>No access token for %1 account %2: add it on the Channels page.</source>
        <translation>ไม่มีโทเค็นการเข้าถึงสำหรับบัญชี %1 %2: เพิ่มได้ที่หน้าช่องทาง</translation>
    </message>
    <message>
        <source>The profile picture could not be downloaded: %1</source>
        <translation>ดาวน์โหลดรูปโปรไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The profile picture is not an image.</source>
        <translation>รูปโปรไฟล์ไม่ใช่ไฟล์รูปภาพ</translation>
    </message>
    <message>
        <source>The folder for profile pictures cannot be created.</source>
        <translation>สร้างโฟลเดอร์สำหรับรูปโปรไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>The profile picture cannot be saved: %1</source>
        <translation>บันทึกรูปโปรไฟล์ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>wasel::app::Router</name>
    <message>
        <source>Routing rule &quot;%1&quot; asked for a person.</source>
        <translation>กฎการส่งต่อ &quot;%1&quot; ขอให้ทีมงานดูแล</translation>
    </message>
    <message>
        <source>routing rule &quot;%1&quot;</source>
        <translation>กฎการส่งต่อ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>wasel::app::SecretStore</name>
    <message>
        <source>No keychain is available on this computer, so Wasel cannot keep secrets. Install and unlock a Secret Service keyring (for example GNOME Keyring) and try again.</source>
        <translation>เครื่องนี้ไม่มีพวงกุญแจ (keychain) Wasel จึงเก็บข้อมูลลับไม่ได้ กรุณาติดตั้งและปลดล็อกพวงกุญแจ (เช่น GNOME Keyring) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>พวงกุญแจปฏิเสธการเข้าถึง กรุณาปลดล็อกแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This keychain does not support storing secrets.</source>
        <translation>พวงกุญแจนี้ไม่รองรับการเก็บข้อมูลลับ</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>ลบข้อมูลลับออกจากพวงกุญแจไม่ได้: %1</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>ใช้งานพวงกุญแจไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>wasel::app::TemplateCatalog</name>
    <message>
        <source>no access token is stored for WhatsApp Business Account %1</source>
        <translation>ไม่มีโทเค็นการเข้าถึงที่เก็บไว้สำหรับบัญชี WhatsApp Business %1</translation>
    </message>
</context>
<context>
    <name>wasel::app::Triage</name>
    <message>
        <source>Price question</source>
        <translation>ถามราคา</translation>
    </message>
    <message>
        <source>Wants to buy</source>
        <translation>อยากซื้อ</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>สถานะคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ร้องเรียน</translation>
    </message>
    <message>
        <source>Happy customer</source>
        <translation>ลูกค้าพอใจ</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>ขอคุยกับทีมงาน</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>ทักทาย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>wasel::channels::ChatClient</name>
    <message>
        <source>The AI service refused the API key (HTTP 401): check the key in Settings.</source>
        <translation>บริการ AI ปฏิเสธคีย์ API (HTTP 401): ตรวจสอบคีย์ในการตั้งค่า</translation>
    </message>
    <message>
        <source>The AI account has no quota left: %1</source>
        <translation>โควตาบัญชี AI หมดแล้ว: %1</translation>
    </message>
    <message>
        <source>The AI service answered HTTP %1: %2</source>
        <translation>บริการ AI ตอบกลับ HTTP %1: %2</translation>
    </message>
    <message>
        <source>The AI service answered HTTP %1</source>
        <translation>บริการ AI ตอบกลับ HTTP %1</translation>
    </message>
    <message>
        <source>No AI endpoint is configured (base URL and model).</source>
        <translation>ยังไม่ได้ตั้งค่าบริการ AI (URL และโมเดล)</translation>
    </message>
    <message>
        <source>The AI service sent a reply Wasel cannot read.</source>
        <translation>บริการ AI ส่งคำตอบที่ Wasel อ่านไม่ได้</translation>
    </message>
    <message>
        <source>The AI service stopped with an error: %1</source>
        <translation>บริการ AI หยุดทำงานเพราะข้อผิดพลาด: %1</translation>
    </message>
    <message>
        <source>The AI service sent an empty reply.</source>
        <translation>บริการ AI ส่งคำตอบว่างเปล่า</translation>
    </message>
    <message>
        <source>The AI service did not answer in time.</source>
        <translation>บริการ AI ไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>Cannot reach the AI service: %1</source>
        <translation>ติดต่อบริการ AI ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>wasel::channels::CloudSendConnector</name>
    <message>
        <source>%1 is not a WhatsApp number.</source>
        <translation>%1 ไม่ใช่หมายเลข WhatsApp</translation>
    </message>
    <message>
        <source>This template message has no template name or language.</source>
        <translation>ข้อความเทมเพลตนี้ไม่มีชื่อหรือภาษาของเทมเพลต</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: send an approved template to re-open the conversation.</source>
        <translation>ลูกค้าส่งข้อความมาเกิน 24 ชั่วโมงแล้ว: ส่งเทมเพลตที่ได้รับอนุมัติเพื่อเปิดบทสนทนาอีกครั้ง</translation>
    </message>
    <message>
        <source>The message could not be delivered to this number (not on WhatsApp, or an old app version)%1</source>
        <translation>ส่งข้อความถึงหมายเลขนี้ไม่ได้ (ไม่ได้ใช้ WhatsApp หรือแอปเวอร์ชันเก่า)%1</translation>
    </message>
    <message>
        <source>This number cannot receive messages from this WhatsApp account%1</source>
        <translation>หมายเลขนี้รับข้อความจากบัญชี WhatsApp นี้ไม่ได้%1</translation>
    </message>
    <message>
        <source>WhatsApp does not support this message type%1</source>
        <translation>WhatsApp ไม่รองรับข้อความประเภทนี้%1</translation>
    </message>
    <message>
        <source>The template was refused%1</source>
        <translation>เทมเพลตถูกปฏิเสธ%1</translation>
    </message>
    <message>
        <source>The WhatsApp access token is expired or invalid: reconnect the number on the Channels page.</source>
        <translation>โทเค็น WhatsApp หมดอายุหรือไม่ถูกต้อง: เชื่อมต่อหมายเลขใหม่ในหน้าช่องทาง</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s rate limit was reached; sending again later%1</source>
        <translation>ถึงขีดจำกัดการส่งของ WhatsApp แล้ว จะลองส่งใหม่ภายหลัง%1</translation>
    </message>
    <message>
        <source>WhatsApp had a temporary problem%1</source>
        <translation>WhatsApp ขัดข้องชั่วคราว%1</translation>
    </message>
    <message>
        <source>WhatsApp refused a parameter of the message%1</source>
        <translation>WhatsApp ปฏิเสธข้อมูลบางส่วนของข้อความ%1</translation>
    </message>
    <message>
        <source>This WhatsApp account lacks a permission%1</source>
        <translation>บัญชี WhatsApp นี้ขาดสิทธิ์ที่จำเป็น%1</translation>
    </message>
    <message>
        <source>WhatsApp refused the message%1</source>
        <translation>WhatsApp ปฏิเสธข้อความ%1</translation>
    </message>
    <message>
        <source>WhatsApp number %1 is not connected: add its access token on the Channels page.</source>
        <translation>หมายเลข WhatsApp %1 ยังไม่ได้เชื่อมต่อ: เพิ่มโทเค็นในหน้าช่องทาง</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only an approved template can be sent now.</source>
        <translation>ลูกค้าส่งข้อความมาเกิน 24 ชั่วโมงแล้ว: ตอนนี้ส่งได้เฉพาะเทมเพลตที่ได้รับอนุมัติ</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>ส่งข้อความว่างไม่ได้</translation>
    </message>
    <message>
        <source>Only %1 of %2 parts were sent. %3</source>
        <translation>ส่งไปได้ %1 จาก %2 ส่วนเท่านั้น %3</translation>
    </message>
    <message>
        <source>No access token is stored for this number.</source>
        <translation>ยังไม่มีโทเค็นสำหรับหมายเลขนี้</translation>
    </message>
    <message>
        <source>Connected: %1 (%2), quality %3</source>
        <translation>เชื่อมต่อแล้ว: %1 (%2) คุณภาพ %3</translation>
    </message>
    <message>
        <source>A reaction needs the message it reacts to.</source>
        <translation>การแสดงความรู้สึกต้องระบุข้อความที่ตอบสนอง</translation>
    </message>
    <message>
        <source>The attachment address %1 is not a web address.</source>
        <translation>ที่อยู่ไฟล์แนบ %1 ไม่ใช่ที่อยู่เว็บ</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>อ่านไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The file %1 is larger than WhatsApp&apos;s %2 MB limit for it.</source>
        <translation>ไฟล์ %1 ใหญ่เกินขีดจำกัด %2 MB ของ WhatsApp สำหรับไฟล์ประเภทนี้</translation>
    </message>
    <message>
        <source>WhatsApp did not confirm the upload.</source>
        <translation>WhatsApp ไม่ได้ยืนยันการอัปโหลด</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphConversations</name>
    <message>
        <source>No access token is stored for this account.</source>
        <translation>ไม่มีโทเค็นการเข้าถึงที่เก็บไว้สำหรับบัญชีนี้</translation>
    </message>
    <message>
        <source>“%1” is not a Meta account id.</source>
        <translation>“%1” ไม่ใช่รหัสบัญชี Meta</translation>
    </message>
    <message>
        <source>Meta&apos;s list of conversations could not be read.</source>
        <translation>อ่านรายการแชทจาก Meta ไม่ได้</translation>
    </message>
    <message>
        <source>“%1” is not a Meta conversation id.</source>
        <translation>“%1” ไม่ใช่รหัสแชท Meta</translation>
    </message>
    <message>
        <source>Meta&apos;s messages of a conversation could not be read.</source>
        <translation>อ่านข้อความของแชทจาก Meta ไม่ได้</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphMessage</name>
    <message>
        <source>The quick replies are not a list.</source>
        <translation>การตอบกลับด่วนไม่ได้อยู่ในรูปแบบรายการ</translation>
    </message>
    <message>
        <source>Meta allows at most %1 quick replies; this message has %2.</source>
        <translation>Meta อนุญาตการตอบกลับด่วนได้ไม่เกิน %1 รายการ แต่ข้อความนี้มี %2 รายการ</translation>
    </message>
    <message>
        <source>A quick reply has no title.</source>
        <translation>มีการตอบกลับด่วนที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>The quick reply &quot;%1&quot; is longer than %2 characters.</source>
        <translation>การตอบกลับด่วน &quot;%1&quot; ยาวเกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>A card button has no title.</source>
        <translation>มีปุ่มบนการ์ดที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; is longer than %2 characters.</source>
        <translation>ปุ่ม &quot;%1&quot; ยาวเกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a web address (https://…).</source>
        <translation>ปุ่ม &quot;%1&quot; ต้องมีที่อยู่เว็บ (https://…)</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; must open a web address or send a reply.</source>
        <translation>ปุ่ม &quot;%1&quot; ต้องเปิดที่อยู่เว็บหรือส่งคำตอบ</translation>
    </message>
    <message>
        <source>The product cards are not a list.</source>
        <translation>การ์ดสินค้าไม่ได้อยู่ในรูปแบบรายการ</translation>
    </message>
    <message>
        <source>Meta allows at most %1 cards in one message; this one has %2.</source>
        <translation>Meta อนุญาตการ์ดได้ไม่เกิน %1 ใบต่อข้อความ แต่ข้อความนี้มี %2 ใบ</translation>
    </message>
    <message>
        <source>A card has no title.</source>
        <translation>มีการ์ดที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>The card title &quot;%1&quot; is longer than %2 characters.</source>
        <translation>ชื่อการ์ด &quot;%1&quot; ยาวเกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>The subtitle of card &quot;%1&quot; is longer than %2 characters.</source>
        <translation>คำบรรยายของการ์ด &quot;%1&quot; ยาวเกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>The picture of card &quot;%1&quot; needs a web address (https://…).</source>
        <translation>รูปของการ์ด &quot;%1&quot; ต้องมีที่อยู่เว็บ (https://…)</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; needs a web address (https://…).</source>
        <translation>การ์ด &quot;%1&quot; ต้องมีที่อยู่เว็บ (https://…)</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; may have at most %2 buttons.</source>
        <translation>การ์ด &quot;%1&quot; มีปุ่มได้ไม่เกิน %2 ปุ่ม</translation>
    </message>
    <message>
        <source>The attachment address %1 is not a web address.</source>
        <translation>ที่อยู่ไฟล์แนบ %1 ไม่ใช่ที่อยู่เว็บ</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>อ่านไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The file %1 is larger than Meta&apos;s 25 MB limit.</source>
        <translation>ไฟล์ %1 ใหญ่เกินขีดจำกัด 25 MB ของ Meta</translation>
    </message>
    <message>
        <source>Quick replies need a text to go with.</source>
        <translation>การตอบกลับด่วนต้องมีข้อความประกอบ</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>ส่งข้อความว่างไม่ได้</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphProfiles</name>
    <message>
        <source>No access token is stored for this account.</source>
        <translation>ยังไม่มีโทเค็นการเข้าถึงที่บันทึกไว้สำหรับบัญชีนี้</translation>
    </message>
    <message>
        <source>“%1” is not a Meta user id.</source>
        <translation>“%1” ไม่ใช่รหัสผู้ใช้ของ Meta</translation>
    </message>
    <message>
        <source>Meta&apos;s answer about this person could not be read.</source>
        <translation>อ่านคำตอบของ Meta เกี่ยวกับบุคคลนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The profile picture has no web address.</source>
        <translation>รูปโปรไฟล์ไม่มีที่อยู่เว็บ</translation>
    </message>
    <message>
        <source>The profile picture is empty or too large.</source>
        <translation>รูปโปรไฟล์ว่างเปล่าหรือใหญ่เกินไป</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphSendConnector</name>
    <message>
        <source>Outside Meta&apos;s reply window: the customer has to write again before you can answer.</source>
        <translation>เลยช่วงเวลาตอบกลับของ Meta: ลูกค้าต้องส่งข้อความมาก่อนจึงจะตอบได้</translation>
    </message>
    <message>
        <source>Meta refused the message: permission denied%1</source>
        <translation>Meta ปฏิเสธข้อความ: ไม่มีสิทธิ์%1</translation>
    </message>
    <message>
        <source>The access token is expired or invalid: reconnect this account on the Channels page.</source>
        <translation>โทเค็นหมดอายุหรือไม่ถูกต้อง: เชื่อมต่อบัญชีนี้ใหม่ในหน้าช่องทาง</translation>
    </message>
    <message>
        <source>This person isn&apos;t available right now (they blocked messages or left).</source>
        <translation>ผู้ใช้นี้ไม่พร้อมรับข้อความ (บล็อกข้อความหรือออกไปแล้ว)</translation>
    </message>
    <message>
        <source>Meta found no matching user for this conversation.</source>
        <translation>Meta ไม่พบผู้ใช้ของบทสนทนานี้</translation>
    </message>
    <message>
        <source>Meta&apos;s rate limit was reached; sending again later%1</source>
        <translation>ถึงขีดจำกัดของ Meta แล้ว จะลองส่งใหม่ภายหลัง%1</translation>
    </message>
    <message>
        <source>Meta had a temporary problem%1</source>
        <translation>Meta ขัดข้องชั่วคราว%1</translation>
    </message>
    <message>
        <source>This account lacks a permission Meta requires%1</source>
        <translation>บัญชีนี้ขาดสิทธิ์ที่ Meta กำหนด%1</translation>
    </message>
    <message>
        <source>Meta refused the message: %1</source>
        <translation>Meta ปฏิเสธข้อความ: %1</translation>
    </message>
    <message>
        <source>%1 account %2 is not connected: add its access token on the Channels page.</source>
        <translation>บัญชี %1 %2 ยังไม่ได้เชื่อมต่อ: เพิ่มโทเค็นในหน้าช่องทาง</translation>
    </message>
    <message>
        <source>This conversation has no recipient id to answer.</source>
        <translation>บทสนทนานี้ไม่มีรหัสผู้รับสำหรับตอบกลับ</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only a person may answer now (human agent tag), not the AI.</source>
        <translation>ลูกค้าส่งข้อความมาเกิน 24 ชั่วโมงแล้ว: ตอนนี้ตอบได้เฉพาะทีมงาน (แท็ก human agent) ไม่ใช่ AI</translation>
    </message>
    <message>
        <source>More than 7 days since the customer wrote: Meta allows no reply until they write again.</source>
        <translation>ลูกค้าส่งข้อความมาเกิน 7 วันแล้ว: Meta ไม่อนุญาตให้ตอบจนกว่าลูกค้าจะส่งข้อความมาใหม่</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>ส่งข้อความว่างไม่ได้</translation>
    </message>
    <message>
        <source>Only %1 of %2 parts were sent. %3</source>
        <translation>ส่งไปได้ %1 จาก %2 ส่วนเท่านั้น %3</translation>
    </message>
    <message>
        <source>No access token is stored for this account.</source>
        <translation>ยังไม่มีโทเค็นสำหรับบัญชีนี้</translation>
    </message>
    <message>
        <source>Connected as %1 (id %2)</source>
        <translation>เชื่อมต่อเป็น %1 (id %2)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>อ่านไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Meta did not confirm the upload.</source>
        <translation>Meta ไม่ได้ยืนยันการอัปโหลด</translation>
    </message>
    <message>
        <source>There is no comment to answer in this conversation.</source>
        <translation>ไม่มีความคิดเห็นให้ตอบในบทสนทนานี้</translation>
    </message>
    <message>
        <source>This comment already had its private reply, and Meta allows only one. Answer publicly, or wait until the customer writes to you.</source>
        <translation>ความคิดเห็นนี้ได้รับการตอบกลับแบบส่วนตัวไปแล้ว และ Meta อนุญาตเพียงครั้งเดียว ตอบแบบสาธารณะ หรือรอให้ลูกค้าทักมาก่อน</translation>
    </message>
    <message>
        <source>The comment is more than 7 days old: Meta allows no private reply any more. Answer publicly instead.</source>
        <translation>ความคิดเห็นนี้เก่ากว่า 7 วันแล้ว Meta ไม่อนุญาตให้ตอบกลับแบบส่วนตัวอีก ให้ตอบแบบสาธารณะแทน</translation>
    </message>
    <message>
        <source>A private reply is a single message: at most %1 characters, or one attachment by web address, or the cards.</source>
        <translation>การตอบกลับแบบส่วนตัวเป็นข้อความเดียว: ไม่เกิน %1 ตัวอักษร หรือไฟล์แนบหนึ่งไฟล์จากที่อยู่เว็บ หรือการ์ด</translation>
    </message>
    <message>
        <source>A public reply under a post can only be text; send pictures, cards and quick replies as a private reply.</source>
        <translation>การตอบกลับแบบสาธารณะใต้โพสต์เป็นได้แค่ข้อความ ส่งรูปภาพ การ์ด และการตอบกลับด่วนเป็นการตอบกลับแบบส่วนตัว</translation>
    </message>
</context>
<context>
    <name>wasel::channels::GraphTokenInfo</name>
    <message>
        <source>Meta says this access token is no longer valid: reconnect the account and paste a new one.</source>
        <translation>Meta แจ้งว่าโทเค็นนี้ใช้ไม่ได้แล้ว: เชื่อมต่อบัญชีใหม่และวางโทเค็นใหม่</translation>
    </message>
</context>
<context>
    <name>wasel::channels::HttpCall</name>
    <message>
        <source>The provider did not answer in time</source>
        <translation>ผู้ให้บริการไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>เครือข่ายขัดข้อง: %1</translation>
    </message>
    <message>
        <source>Rate limited by the provider</source>
        <translation>ผู้ให้บริการจำกัดจำนวนคำขอ</translation>
    </message>
    <message>
        <source>The provider had a temporary problem (HTTP %1)</source>
        <translation>ผู้ให้บริการขัดข้องชั่วคราว (HTTP %1)</translation>
    </message>
    <message>
        <source>The provider refused the message (HTTP %1)</source>
        <translation>ผู้ให้บริการปฏิเสธข้อความ (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>wasel::channels::MailboxSignIn</name>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds.</source>
        <translation>
            <numerusform>%1 ไม่ตอบภายใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>The server %1 was not found: check the host name.</source>
        <translation>ไม่พบเซิร์ฟเวอร์ %1: ตรวจสอบชื่อโฮสต์</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: check the port and security.</source>
        <translation>%1 ปฏิเสธการเชื่อมต่อที่พอร์ต %2: ตรวจสอบพอร์ตและการเข้ารหัส</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 ปิดการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>เชื่อมต่อกับ %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>การเชื่อมต่อแบบปลอดภัยกับ %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not a mail server&apos;s.</source>
        <translation>%1 ตอบกลับไม่เหมือนเซิร์ฟเวอร์อีเมล</translation>
    </message>
    <message>
        <source>The user name or password has a line break in it; type it again.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านมีการขึ้นบรรทัดใหม่ โปรดพิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP: %1</translation>
    </message>
    <message>
        <source>IMAP: %1 turned the connection away: %2</source>
        <translation>IMAP: %1 ไม่รับการเชื่อมต่อ: %2</translation>
    </message>
    <message>
        <source>IMAP: %1 does not answer like an IMAP server.</source>
        <translation>IMAP: %1 ไม่ตอบเหมือนเซิร์ฟเวอร์ IMAP</translation>
    </message>
    <message>
        <source>IMAP: %1 does not offer STARTTLS; choose TLS instead.</source>
        <translation>IMAP: %1 ไม่รองรับ STARTTLS โปรดเลือก TLS แทน</translation>
    </message>
    <message>
        <source>IMAP: %1 refused the user name or password: %2</source>
        <translation>IMAP: %1 ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน: %2</translation>
    </message>
    <message>
        <source>SMTP: %1 refused the user name or password: %2</source>
        <translation>SMTP: %1 ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน: %2</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP: %1</translation>
    </message>
    <message>
        <source>SMTP: %1 does not answer like a mail server.</source>
        <translation>SMTP: %1 ไม่ตอบเหมือนเซิร์ฟเวอร์อีเมล</translation>
    </message>
    <message>
        <source>SMTP: %1 refused the greeting: %2</source>
        <translation>SMTP: %1 ไม่รับคำทักทาย: %2</translation>
    </message>
    <message>
        <source>SMTP: %1 does not offer STARTTLS; choose TLS instead.</source>
        <translation>SMTP: %1 ไม่รองรับ STARTTLS โปรดเลือก TLS แทน</translation>
    </message>
    <message>
        <source>SMTP: %1 offers no password sign-in (AUTH PLAIN or LOGIN).</source>
        <translation>SMTP: %1 ไม่มีการเข้าสู่ระบบด้วยรหัสผ่าน (AUTH PLAIN หรือ LOGIN)</translation>
    </message>
    <message>
        <source>SMTP: %1 refused STARTTLS: %2</source>
        <translation>SMTP: %1 ปฏิเสธ STARTTLS: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 (IMAP) and %2 (SMTP) as %3.</source>
        <translation>เข้าสู่ระบบ %1 (IMAP) และ %2 (SMTP) ในชื่อ %3 แล้ว</translation>
    </message>
</context>
<context>
    <name>wasel::channels::ManyChatClient</name>
    <message>
        <source>ManyChat answered with an error</source>
        <translation>ManyChat ตอบกลับเป็นข้อผิดพลาด</translation>
    </message>
    <message>
        <source>ManyChat: %1</source>
        <translation>ManyChat: %1</translation>
    </message>
    <message>
        <source>ManyChat subscriber %1 or the content is not valid</source>
        <translation>ผู้ติดตาม ManyChat %1 หรือเนื้อหาไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>ManyChat subscriber %1 is not valid</source>
        <translation>ผู้ติดตาม ManyChat %1 ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The value for %1 is not a number, text or yes/no</source>
        <translation>ค่าของ %1 ไม่ใช่ตัวเลข ข้อความ หรือ ใช่/ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>wasel::channels::ManyChatConnector</name>
    <message>
        <source>ManyChat page %1 is not connected: add its API key on the Channels page.</source>
        <translation>เพจ ManyChat %1 ยังไม่ได้เชื่อมต่อ: เพิ่มคีย์ API ในหน้าช่องทาง</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only a person may answer now, not the AI.</source>
        <translation>ลูกค้าส่งข้อความมาเกิน 24 ชั่วโมงแล้ว: ตอนนี้ตอบได้เฉพาะทีมงาน ไม่ใช่ AI</translation>
    </message>
    <message>
        <source>More than 7 days since the customer wrote: Meta allows no reply until they write again.</source>
        <translation>ลูกค้าส่งข้อความมาเกิน 7 วันแล้ว: Meta ไม่อนุญาตให้ตอบจนกว่าลูกค้าจะส่งข้อความมาใหม่</translation>
    </message>
    <message>
        <source>No ManyChat API key is stored for this page.</source>
        <translation>ยังไม่มีคีย์ API ของ ManyChat สำหรับเพจนี้</translation>
    </message>
    <message>
        <source>Connected to ManyChat page %1</source>
        <translation>เชื่อมต่อกับเพจ ManyChat %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 (Meta&apos;s Send API also failed: %2)</source>
        <translation>%1 (Send API ของ Meta ก็ล้มเหลวเช่นกัน: %2)</translation>
    </message>
</context>
<context>
    <name>wasel::channels::Outbox</name>
    <message>
        <source>Sending was interrupted; waiting for the %1 channel to be connected</source>
        <translation>การส่งถูกขัดจังหวะ กำลังรอเชื่อมต่อช่องทาง %1</translation>
    </message>
    <message>
        <source>The conversation or message no longer exists</source>
        <translation>ไม่มีบทสนทนาหรือข้อความนี้แล้ว</translation>
    </message>
    <message>
        <source>Waiting for the %1 channel to be connected</source>
        <translation>กำลังรอเชื่อมต่อช่องทาง %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>เลิกพยายามหลังจาก %n ครั้ง: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::channels::SendGridApi</name>
    <message>
        <source>SendGrid refused the API key: %1</source>
        <translation>SendGrid ไม่ยอมรับคีย์ API: %1</translation>
    </message>
    <message>
        <source>SendGrid answered %1</source>
        <translation>SendGrid ตอบกลับ %1</translation>
    </message>
    <message>
        <source>SendGrid: %1</source>
        <translation>SendGrid: %1</translation>
    </message>
    <message>
        <source>The API key works but may not send mail: give it the Mail Send permission in SendGrid&apos;s API key settings.</source>
        <translation>คีย์ใช้งานได้แต่ส่งอีเมลไม่ได้: เพิ่มสิทธิ์ Mail Send ในการตั้งค่าคีย์ API ของ SendGrid</translation>
    </message>
    <message numerus="yes">
        <source>The API key may send mail (%n permissions).</source>
        <translation>
            <numerusform>คีย์ส่งอีเมลได้ (%n สิทธิ์)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::channels::TwilioSendConnector</name>
    <message>
        <source>Outside WhatsApp&apos;s 24-hour window: send an approved template instead.</source>
        <translation>เลยช่วง 24 ชั่วโมงของ WhatsApp: ส่งเทมเพลตที่ได้รับอนุมัติแทน</translation>
    </message>
    <message>
        <source>This is not a valid WhatsApp number%1</source>
        <translation>หมายเลข WhatsApp ไม่ถูกต้อง%1</translation>
    </message>
    <message>
        <source>The customer has opted out of messages from this number.</source>
        <translation>ลูกค้ายกเลิกรับข้อความจากหมายเลขนี้แล้ว</translation>
    </message>
    <message>
        <source>This number cannot receive WhatsApp messages%1</source>
        <translation>หมายเลขนี้รับข้อความ WhatsApp ไม่ได้%1</translation>
    </message>
    <message>
        <source>Twilio refused the credentials: reconnect this sender on the Channels page.</source>
        <translation>Twilio ปฏิเสธข้อมูลเข้าสู่ระบบ: เชื่อมต่อผู้ส่งนี้ใหม่ในหน้าช่องทาง</translation>
    </message>
    <message>
        <source>Twilio&apos;s rate limit was reached; sending again later%1</source>
        <translation>ถึงขีดจำกัดของ Twilio แล้ว จะลองส่งใหม่ภายหลัง%1</translation>
    </message>
    <message>
        <source>Twilio refused the message%1</source>
        <translation>Twilio ปฏิเสธข้อความ%1</translation>
    </message>
    <message>
        <source>Twilio sender %1 is not connected: add its credentials on the Channels page.</source>
        <translation>ผู้ส่ง Twilio %1 ยังไม่ได้เชื่อมต่อ: เพิ่มข้อมูลเข้าสู่ระบบในหน้าช่องทาง</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp number.</source>
        <translation>%1 ไม่ใช่หมายเลข WhatsApp</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only an approved template can be sent now.</source>
        <translation>ลูกค้าส่งข้อความมาเกิน 24 ชั่วโมงแล้ว: ตอนนี้ส่งได้เฉพาะเทมเพลตที่ได้รับอนุมัติ</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>ส่งข้อความว่างไม่ได้</translation>
    </message>
    <message>
        <source>This template message has no Twilio content SID.</source>
        <translation>ข้อความเทมเพลตนี้ไม่มี content SID ของ Twilio</translation>
    </message>
    <message>
        <source>Only %1 of %2 parts were sent. %3</source>
        <translation>ส่งไปได้ %1 จาก %2 ส่วนเท่านั้น %3</translation>
    </message>
    <message>
        <source>No Twilio credentials are stored for this sender.</source>
        <translation>ยังไม่มีข้อมูลเข้าสู่ระบบ Twilio สำหรับผู้ส่งนี้</translation>
    </message>
    <message>
        <source>Connected to Twilio account %1 (%2)</source>
        <translation>เชื่อมต่อกับบัญชี Twilio %1 (%2) แล้ว</translation>
    </message>
    <message>
        <source>Twilio can only send a file from a public web address; %1 is only on this computer.</source>
        <translation>Twilio ส่งไฟล์ได้เฉพาะจากที่อยู่เว็บสาธารณะ แต่ %1 อยู่บนเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <source>Twilio sends at most %1 files in one message.</source>
        <translation>Twilio ส่งไฟล์ได้ไม่เกิน %1 ไฟล์ต่อข้อความ</translation>
    </message>
</context>
<context>
    <name>wasel::channels::WebhookServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>ไม่สามารถรับการเชื่อมต่อที่ %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>wasel::channels::WhatsAppMedia</name>
    <message>
        <source>The media address is not a secure web address: %1</source>
        <translation>ที่อยู่ของสื่อไม่ใช่ที่อยู่เว็บที่ปลอดภัย: %1</translation>
    </message>
    <message>
        <source>The media address redirects too often.</source>
        <translation>ที่อยู่ของสื่อเปลี่ยนเส้นทางบ่อยเกินไป</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>ไฟล์มีขนาดใหญ่กว่า %1 MB</translation>
    </message>
    <message>
        <source>The file cannot be saved: %1</source>
        <translation>ไม่สามารถบันทึกไฟล์ได้: %1</translation>
    </message>
    <message>
        <source>The provider sent an empty file.</source>
        <translation>ผู้ให้บริการส่งไฟล์ว่างมา</translation>
    </message>
    <message>
        <source>The message names no media to download.</source>
        <translation>ข้อความไม่ได้ระบุสื่อที่จะดาวน์โหลด</translation>
    </message>
    <message>
        <source>No access token for this WhatsApp number: add it on the Channels page.</source>
        <translation>ไม่มีโทเค็นการเข้าถึงสำหรับหมายเลข WhatsApp นี้: เพิ่มได้ที่หน้าช่องทาง</translation>
    </message>
    <message>
        <source>WhatsApp gave no address for this media.</source>
        <translation>WhatsApp ไม่ได้ให้ที่อยู่ของสื่อนี้</translation>
    </message>
    <message>
        <source>No Twilio credentials for this sender: add them on the Channels page.</source>
        <translation>ไม่มีข้อมูลรับรอง Twilio สำหรับผู้ส่งนี้: เพิ่มได้ที่หน้าช่องทาง</translation>
    </message>
</context>
<context>
    <name>wasel::channels::WhatsAppTemplates</name>
    <message>
        <source>The WhatsApp Business Account id %1 is not a number.</source>
        <translation>รหัสบัญชี WhatsApp Business %1 ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>No access token for this WhatsApp Business Account: add it on the Channels page.</source>
        <translation>ไม่มีโทเค็นการเข้าถึงสำหรับบัญชี WhatsApp Business นี้: เพิ่มได้ที่หน้าช่องทาง</translation>
    </message>
</context>
<context>
    <name>wasel::models</name>
    <message>
        <source>WhatsApp (Twilio)</source>
        <translation>WhatsApp (Twilio)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Website chat</source>
        <translation>แชทบนเว็บไซต์</translation>
    </message>
</context>
<context>
    <name>wasel::ui::AiActivityBar</name>
    <message>
        <source>Discard draft</source>
        <translation>ทิ้งร่าง</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>The AI could not answer: %1</source>
        <translation>AI ตอบไม่ได้: %1</translation>
    </message>
    <message>
        <source>The AI is drafting a reply in the composer…</source>
        <translation>AI กำลังร่างคำตอบในช่องเขียนข้อความ…</translation>
    </message>
    <message>
        <source>The AI&apos;s draft is in the composer: send it as it is, edit it, or discard it.</source>
        <translation>ร่างของ AI อยู่ในช่องเขียนข้อความ: ส่งตามนั้น แก้ไข หรือทิ้งร่างก็ได้</translation>
    </message>
    <message>
        <source>The AI wrote a draft; your own text is kept in the composer.</source>
        <translation>AI เขียนร่างไว้แล้ว ข้อความที่คุณพิมพ์เองยังอยู่ในช่องเขียนข้อความ</translation>
    </message>
    <message>
        <source>The AI is replying in the thread…</source>
        <translation>AI กำลังตอบในแชท…</translation>
    </message>
</context>
<context>
    <name>wasel::ui::AssistantPage</name>
    <message>
        <source>Assistant</source>
        <translation>ผู้ช่วย</translation>
    </message>
    <message>
        <source>How the AI answers</source>
        <translation>AI ตอบอย่างไร</translation>
    </message>
    <message>
        <source>What the shop sells, where it delivers, how customers pay, opening hours…</source>
        <translation>ร้านขายอะไร ส่งที่ไหน ลูกค้าจ่ายอย่างไร เวลาเปิดทำการ…</translation>
    </message>
    <message>
        <source>About the shop</source>
        <translation>เกี่ยวกับร้าน</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>น้ำเสียง</translation>
    </message>
    <message>
        <source>The customer&apos;s own language</source>
        <translation>ภาษาของลูกค้าเอง</translation>
    </message>
    <message>
        <source>Iraqi Arabic</source>
        <translation>ภาษาอาหรับสำเนียงอิรัก</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>ตอบเป็น</translation>
    </message>
    <message>
        <source>The AI&apos;s name</source>
        <translation>ชื่อของ AI</translation>
    </message>
    <message>
        <source>AI replies before a person answers</source>
        <translation>จำนวนคำตอบของ AI ก่อนให้คนตอบ</translation>
    </message>
    <message>
        <source>AI service (optional)</source>
        <translation>บริการ AI (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>empty: the built-in offline responder answers from the knowledge base</source>
        <translation>เว้นว่าง: ตัวตอบกลับในตัวจะตอบจากฐานความรู้</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>for example gpt-4o-mini</source>
        <translation>เช่น gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>kept in the keychain; type a new one to replace it</source>
        <translation>เก็บไว้ในพวงกุญแจ พิมพ์ใหม่เพื่อแทนที่</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>คีย์ API</translation>
    </message>
    <message>
        <source>Forget the stored key (a server on this computer needs none)</source>
        <translation>ลบคีย์ที่เก็บไว้ (เซิร์ฟเวอร์บนเครื่องนี้ไม่ต้องใช้)</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible chat completions service: OpenAI, Azure, OpenRouter, or a server on this computer such as Ollama (http://127.0.0.1:11434).</source>
        <translation>บริการแชตที่เข้ากันได้กับ OpenAI: OpenAI, Azure, OpenRouter หรือเซิร์ฟเวอร์บนเครื่องนี้ เช่น Ollama (http://127.0.0.1:11434)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Test the AI service</source>
        <translation>ทดสอบบริการ AI</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved. New customer messages are answered this way from now on.</source>
        <translation>บันทึกแล้ว ข้อความใหม่ของลูกค้าจะได้รับคำตอบแบบนี้ตั้งแต่นี้</translation>
    </message>
    <message>
        <source>Asking the AI service…</source>
        <translation>กำลังถามบริการ AI…</translation>
    </message>
    <message>
        <source>The AI service failed: %1</source>
        <translation>บริการ AI ล้มเหลว: %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::AttachmentStrip</name>
    <message>
        <source>Attach files</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the reply)</source>
        <translation>แนบไฟล์ (หรือลากมาวางที่ช่องตอบกลับ)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>ลบ %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::BackfillBar</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Stop fetching the history; what was fetched is kept</source>
        <translation>หยุดดึงประวัติ สิ่งที่ดึงมาแล้วยังเก็บไว้</translation>
    </message>
    <message>
        <source>Fetching recent conversations</source>
        <translation>กำลังดึงแชทล่าสุด</translation>
    </message>
    <message>
        <source>Fetching recent conversations of %1: %2 of %3</source>
        <translation>กำลังดึงแชทล่าสุดของ %1: %2 จาก %3</translation>
    </message>
    <message>
        <source>Fetching recent conversations of %1…</source>
        <translation>กำลังดึงแชทล่าสุดของ %1…</translation>
    </message>
    <message>
        <source>%1: waiting for Meta until %2</source>
        <translation>%1: รอ Meta จนถึง %2</translation>
    </message>
    <message>
        <source>Recent conversations of %1 are in the inbox.</source>
        <translation>แชทล่าสุดของ %1 อยู่ในกล่องข้อความแล้ว</translation>
    </message>
    <message>
        <source>Fetching the history of %1 stopped: %2</source>
        <translation>การดึงประวัติของ %1 หยุดลง: %2</translation>
    </message>
</context>
<context>
    <name>wasel::ui::CannedPopup</name>
    <message>
        <source>Canned responses</source>
        <translation>ข้อความสำเร็จรูป</translation>
    </message>
</context>
<context>
    <name>wasel::ui::CannedResponsesDialog</name>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>ข้อความสำเร็จรูป</translation>
    </message>
    <message>
        <source>e.g. delivery</source>
        <translation>เช่น delivery</translation>
    </message>
    <message>
        <source>e.g. Delivery times</source>
        <translation>เช่น เวลาจัดส่ง</translation>
    </message>
    <message>
        <source>The text that goes into the reply</source>
        <translation>ข้อความที่จะใส่ลงในคำตอบ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Type / and the shortcut in a reply to insert the text</source>
        <translation>พิมพ์ / ตามด้วยคำลัดในช่องตอบกลับเพื่อแทรกข้อความ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>คำลัด</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>The shortcut is one word without spaces, such as “delivery”.</source>
        <translation>คำลัดเป็นคำเดียวที่ไม่มีเว้นวรรค เช่น “delivery”</translation>
    </message>
    <message>
        <source>Write the text of the response.</source>
        <translation>เขียนข้อความของคำตอบสำเร็จรูป</translation>
    </message>
    <message>
        <source>Another response already has the shortcut /%1.</source>
        <translation>มีข้อความสำเร็จรูปอื่นใช้คำลัด /%1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <source>Could not remove: %1</source>
        <translation>ลบไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>เพิ่มบัญชี</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Page ID</source>
        <translation>ID เพจ</translation>
    </message>
    <message>
        <source>Instagram account ID</source>
        <translation>ID บัญชี Instagram</translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation>ID หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>WhatsApp Business account ID</source>
        <translation>ID บัญชี WhatsApp Business</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation>หมายเลขผู้ส่ง</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID โปรเจกต์</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>เชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>เชื่อมต่อไม่สำเร็จ</translation>
    </message>
    <message>
        <source>How your staff will recognise it, e.g. Shop Instagram</source>
        <translation>ชื่อที่ทีมของคุณจำได้ เช่น Instagram ร้าน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>โทเค็นการเข้าถึง</translation>
    </message>
    <message>
        <source>optional: another API host, for testing</source>
        <translation>ไม่บังคับ: โฮสต์ API อื่น สำหรับทดสอบ</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>ที่อยู่ API</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Webhook URL copied.</source>
        <translation>คัดลอก URL เว็บฮุกแล้ว</translation>
    </message>
    <message>
        <source>The website widget connects by itself; nothing to paste.</source>
        <translation>วิดเจ็ตบนเว็บไซต์เชื่อมต่อเอง ไม่ต้องวางอะไร</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL เว็บฮุก</translation>
    </message>
    <message>
        <source>Verify token copied.</source>
        <translation>คัดลอกโทเค็นยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>โทเค็นยืนยัน</translation>
    </message>
    <message>
        <source>In Meta&apos;s app settings, under Webhooks, paste this URL and the verify token, then subscribe to messages.</source>
        <translation>ในการตั้งค่าแอปของ Meta ที่ส่วน Webhooks ให้วาง URL นี้และโทเค็นยืนยัน แล้วสมัครรับข้อความ</translation>
    </message>
    <message>
        <source>New %1 account</source>
        <translation>บัญชี %1 ใหม่</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <source>kept in the keychain; type a new one to replace it</source>
        <translation>เก็บไว้ในพวงกุญแจแล้ว พิมพ์ใหม่เพื่อแทนที่</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <source>Last webhook received %1</source>
        <translation>ได้รับเว็บฮุกล่าสุดเมื่อ %1</translation>
    </message>
    <message>
        <source>No webhook received yet</source>
        <translation>ยังไม่ได้รับเว็บฮุก</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved. The token is in the keychain.</source>
        <translation>บันทึกแล้ว โทเค็นอยู่ในพวงกุญแจ</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>กำลังทดสอบการเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>เชื่อมต่อแล้ว: %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>เชื่อมต่อไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Last sending error: %1</source>
        <translation>ข้อผิดพลาดในการส่งล่าสุด: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>เซิร์ฟเวอร์ IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>พอร์ต IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>การเข้ารหัส IMAP</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>เซิร์ฟเวอร์ SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>พอร์ต SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>การเข้ารหัส SMTP</translation>
    </message>
    <message>
        <source>reconnect needed</source>
        <translation>ต้องเชื่อมต่อใหม่</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>ค่าเริ่มต้น (%1)</translation>
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
        <translation>ไม่เข้ารหัส (เฉพาะเซิร์ฟเวอร์บนเครื่องนี้)</translation>
    </message>
    <message>
        <source>optional: the email address</source>
        <translation>ไม่บังคับ: ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Wasel signs in to the mailbox itself; nothing to paste.</source>
        <translation>Wasel เข้าสู่ระบบกล่องจดหมายเอง ไม่ต้องวางอะไร</translation>
    </message>
    <message>
        <source>In SendGrid, under Inbound Parse, add this URL with ?token= and the token Wasel&apos;s gateway uses. The API key needs the Mail Send permission.</source>
        <translation>ใน SendGrid ที่ Inbound Parse ให้เพิ่ม URL นี้พร้อม ?token= และโทเค็นที่เกตเวย์ของ Wasel ใช้ คีย์ API ต้องมีสิทธิ์ Mail Send</translation>
    </message>
    <message>
        <source>Use an app password if your mail provider asks for one (Gmail, Outlook, iCloud).</source>
        <translation>ใช้รหัสผ่านสำหรับแอปหากผู้ให้บริการอีเมลของคุณกำหนด (Gmail, Outlook, iCloud)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>คีย์ API</translation>
    </message>
    <message>
        <source>Connection test (%1): %2</source>
        <translation>ทดสอบการเชื่อมต่อ (%1): %2</translation>
    </message>
    <message>
        <source>Connection test failed (%1): %2</source>
        <translation>ทดสอบการเชื่อมต่อไม่สำเร็จ (%1): %2</translation>
    </message>
    <message>
        <source>Reconnect needed: the provider no longer accepts this token. Paste a new one and save.</source>
        <translation>ต้องเชื่อมต่อใหม่: ผู้ให้บริการไม่รับโทเค็นนี้แล้ว วางโทเค็นใหม่แล้วบันทึก</translation>
    </message>
    <message>
        <source>The token does not expire.</source>
        <translation>โทเค็นนี้ไม่มีวันหมดอายุ</translation>
    </message>
    <message>
        <source>The token expires soon, on %1: paste a new one before then.</source>
        <translation>โทเค็นจะหมดอายุเร็ว ๆ นี้ ในวันที่ %1: วางโทเค็นใหม่ก่อนถึงวันนั้น</translation>
    </message>
    <message>
        <source>The token expires on %1.</source>
        <translation>โทเค็นหมดอายุวันที่ %1</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>API key SID</translation>
    </message>
    <message>
        <source>Subscribers on (messenger, instagram, whatsapp)</source>
        <translation>ผู้ติดตามบน (messenger, instagram, whatsapp)</translation>
    </message>
    <message>
        <source>optional: SK…, to sign in with an API key and its secret</source>
        <translation>ไม่บังคับ: SK… สำหรับเข้าสู่ระบบด้วยคีย์ API และรหัสลับของคีย์</translation>
    </message>
    <message>
        <source>Auth token or API key secret</source>
        <translation>Auth token หรือรหัสลับของคีย์ API</translation>
    </message>
    <message>
        <source>Answers and sends (auto)</source>
        <translation>ตอบและส่งเอง (อัตโนมัติ)</translation>
    </message>
    <message>
        <source>Writes drafts for staff to approve</source>
        <translation>เขียนร่างให้พนักงานอนุมัติ</translation>
    </message>
    <message>
        <source>Off: only people answer</source>
        <translation>ปิด: ให้คนตอบเท่านั้น</translation>
    </message>
    <message>
        <source>AI in new conversations</source>
        <translation>AI ในบทสนทนาใหม่</translation>
    </message>
</context>
<context>
    <name>wasel::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>ตอบกลับ</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>โน้ตภายใน</translation>
    </message>
    <message>
        <source>Write a note only your team sees (Ctrl+Shift+N)</source>
        <translation>เขียนโน้ตที่เห็นเฉพาะทีมงาน (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>ส่ง (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reply window</source>
        <translation>ช่วงเวลาตอบกลับ</translation>
    </message>
    <message>
        <source>Only your team sees notes.</source>
        <translation>โน้ตจะเห็นเฉพาะทีมงานเท่านั้น</translation>
    </message>
    <message>
        <source>Reply window closed: the customer has to write again before you can answer.</source>
        <translation>หมดช่วงเวลาตอบกลับ: ลูกค้าต้องส่งข้อความมาก่อนจึงจะตอบได้</translation>
    </message>
    <message>
        <source>Human agent reply: %1</source>
        <translation>ตอบโดยทีมงาน: %1</translation>
    </message>
    <message>
        <source>Reply window: %1</source>
        <translation>ช่วงเวลาตอบกลับ: %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>เพิ่มโน้ต</translation>
    </message>
    <message>
        <source>Write a private note…</source>
        <translation>เขียนโน้ตภายใน…</translation>
    </message>
    <message>
        <source>Reply privately</source>
        <translation>ตอบกลับแบบส่วนตัว</translation>
    </message>
    <message>
        <source>Send one private message to the commenter instead of a public reply under the post (once per comment, within 7 days)</source>
        <translation>ส่งข้อความส่วนตัวหนึ่งข้อความถึงผู้แสดงความคิดเห็นแทนการตอบกลับแบบสาธารณะใต้โพสต์ (ครั้งเดียวต่อความคิดเห็น ภายใน 7 วัน)</translation>
    </message>
    <message>
        <source>A private message to the commenter.</source>
        <translation>ข้อความส่วนตัวถึงผู้แสดงความคิดเห็น</translation>
    </message>
    <message>
        <source>A public reply under the post.</source>
        <translation>การตอบกลับแบบสาธารณะใต้โพสต์</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: only an approved template can be sent.</source>
        <translation>ลูกค้าส่งข้อความมาเกิน 24 ชั่วโมงแล้ว: ตอนนี้ส่งได้เฉพาะเทมเพลตที่อนุมัติแล้วเท่านั้น</translation>
    </message>
    <message>
        <source>Write a reply… (Enter to send, Shift+Enter for a new line, / for canned responses)</source>
        <translation>เขียนคำตอบ… (Enter เพื่อส่ง, Shift+Enter เพื่อขึ้นบรรทัดใหม่, / สำหรับข้อความสำเร็จรูป)</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter to send, / for canned responses)</source>
        <translation>เขียนคำตอบ… (Ctrl+Enter เพื่อส่ง, / สำหรับข้อความสำเร็จรูป)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>ส่ง (Enter)</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ContentTemplateForm</name>
    <message>
        <source>More than 24 hours since the customer wrote: send a Twilio content template. Paste its SID from the Twilio Console (Content Template Builder).</source>
        <translation>ลูกค้าส่งข้อความมาเกิน 24 ชั่วโมงแล้ว: ให้ส่งเทมเพลตเนื้อหาของ Twilio โดยวาง SID ของเทมเพลตจาก Twilio Console (Content Template Builder)</translation>
    </message>
    <message>
        <source>Content template SID</source>
        <translation>SID ของเทมเพลตเนื้อหา</translation>
    </message>
    <message>
        <source>Content SID, HX…</source>
        <translation>Content SID, HX…</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>ตัวแปรเทมเพลต</translation>
    </message>
    <message>
        <source>Values of {{1}}, {{2}} …, one per line</source>
        <translation>ค่าของ {{1}}, {{2}} … บรรทัดละหนึ่งค่า</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>ส่งเทมเพลต</translation>
    </message>
    <message>
        <source>Enter the template&apos;s SID to send</source>
        <translation>ใส่ SID ของเทมเพลตเพื่อส่ง</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ConversationActions</name>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>เลื่อนไว้</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>ไม่มีระดับความสำคัญ</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ด่วน</translation>
    </message>
    <message>
        <source>Assign to a teammate (Ctrl+Shift+O)</source>
        <translation>มอบหมายให้เพื่อนร่วมทีม (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open, pending or resolved</source>
        <translation>เปิดอยู่ รอดำเนินการ หรือเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Add or remove labels (Ctrl+Shift+L)</source>
        <translation>เพิ่มหรือลบป้ายกำกับ (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 ชั่วโมง</translation>
    </message>
    <message>
        <source>For 3 hours</source>
        <translation>3 ชั่วโมง</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>ถึงพรุ่งนี้</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>1 สัปดาห์</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>เลือกวันและเวลา…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>มอบหมายให้…</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>มอบหมายให้ %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>สถานะ: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>ความสำคัญ: %1</translation>
    </message>
    <message>
        <source>Labels (%1)</source>
        <translation>ป้ายกำกับ (%1)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ฉัน)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>คนอื่น…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>ยกเลิกการมอบหมาย</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>ป้ายกำกับใหม่…</translation>
    </message>
    <message>
        <source>Assign to someone else</source>
        <translation>มอบหมายให้คนอื่น</translation>
    </message>
    <message>
        <source>Teammate&apos;s name:</source>
        <translation>ชื่อเพื่อนร่วมทีม:</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>ป้ายกำกับใหม่</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>ป้ายกำกับ:</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ConversationDelegate</name>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>เลื่อนไว้</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>ข้อความเสียง</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>สติกเกอร์</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>กล่าวถึงคุณในสตอรี่</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>คุณ: %1</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>ต้องให้ทีมงานดูแล</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>AI draft</source>
        <translation>ร่างโดย AI</translation>
    </message>
    <message>
        <source>Comment removed</source>
        <translation>ความคิดเห็นถูกลบแล้ว</translation>
    </message>
    <message>
        <source>Message unsent</source>
        <translation>ข้อความถูกยกเลิกการส่ง</translation>
    </message>
    <message>
        <source>Removed a reaction</source>
        <translation>ลบการแสดงความรู้สึก</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>แสดงความรู้สึก %1</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>แชร์: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>ตำแหน่งที่ตั้ง: %1</translation>
    </message>
    <message>
        <source>Replied to your story</source>
        <translation>ตอบกลับสตอรี่ของคุณ</translation>
    </message>
    <message>
        <source>Shared a post or link</source>
        <translation>แชร์โพสต์หรือลิงก์</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ตำแหน่งที่ตั้ง</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>รายชื่อติดต่อ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>ข้อความที่ไม่รองรับ</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ด่วน</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>ความสำคัญสูง</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>AI: %1</translation>
    </message>
    <message>
        <source>You (AI&apos;s draft): %1</source>
        <translation>คุณ (ร่างของ AI): %1</translation>
    </message>
    <message>
        <source>Auto-reply: %1</source>
        <translation>ตอบกลับอัตโนมัติ: %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::CustomerPanel</name>
    <message>
        <source>Identities on each channel</source>
        <translation>ตัวตนในแต่ละช่องทาง</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>โน้ตภายใน</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>บทสนทนาอื่น</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>ยังไม่ได้เลือกลูกค้า</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Customer&apos;s picture</source>
        <translation>รูปของลูกค้า</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>ชื่อลูกค้า</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>Add a private note…</source>
        <translation>เพิ่มโน้ตภายใน…</translation>
    </message>
    <message>
        <source>New private note</source>
        <translation>โน้ตภายในใหม่</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>ฟิลด์ข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Edit a value to change it; empty it to remove the field.</source>
        <translation>แก้ไขค่าเพื่อเปลี่ยน หรือลบค่าให้ว่างเพื่อนำฟิลด์ออก</translation>
    </message>
    <message>
        <source>New field&apos;s name</source>
        <translation>ชื่อฟิลด์ใหม่</translation>
    </message>
    <message>
        <source>New field&apos;s value</source>
        <translation>ค่าของฟิลด์ใหม่</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Add the field</source>
        <translation>เพิ่มฟิลด์</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>กด Enter หรือดับเบิลคลิกเพื่อเปิด</translation>
    </message>
    <message>
        <source>On each channel</source>
        <translation>ในแต่ละช่องทาง</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>ลูกค้าที่ไม่ทราบชื่อ</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>ไม่มีป้ายกำกับ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No other conversations</source>
        <translation>ไม่มีบทสนทนาอื่น</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>ยังไม่มีโน้ต</translation>
    </message>
</context>
<context>
    <name>wasel::ui::InboxWatcher</name>
    <message>
        <source>New message</source>
        <translation>ข้อความใหม่</translation>
    </message>
    <message>
        <source>Sent an attachment</source>
        <translation>ส่งไฟล์แนบ</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>The AI asked for a person to answer.</source>
        <translation>AI ขอให้ทีมงานมาตอบ</translation>
    </message>
</context>
<context>
    <name>wasel::ui::KnowledgePage</name>
    <message>
        <source>Knowledge base</source>
        <translation>ฐานความรู้</translation>
    </message>
    <message>
        <source>The AI answers product and delivery questions from these entries only; what is not here goes to a person.</source>
        <translation>AI จะตอบคำถามเรื่องสินค้าและการจัดส่งจากรายการเหล่านี้เท่านั้น คำถามที่ไม่มีในนี้จะส่งต่อให้ทีมงาน</translation>
    </message>
    <message>
        <source>Filter by name or tag</source>
        <translation>กรองตามชื่อหรือแท็ก</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>นำเข้า CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Question and answer</source>
        <translation>คำถามและคำตอบ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>empty: no price given</source>
        <translation>เว้นว่าง: ไม่ระบุราคา</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>empty: stock not tracked</source>
        <translation>เว้นว่าง: ไม่ติดตามสต็อก</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>มีสินค้า</translation>
    </message>
    <message>
        <source>words customers use, separated by commas: bag, جنطة, กระเป๋า</source>
        <translation>คำที่ลูกค้าใช้ คั่นด้วยเครื่องหมายจุลภาค: bag, جنطة, กระเป๋า</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Import products and questions</source>
        <translation>นำเข้าสินค้าและคำถาม</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>สเปรดชีต (*.csv)</translation>
    </message>
    <message>
        <source>Export products and questions</source>
        <translation>ส่งออกสินค้าและคำถาม</translation>
    </message>
    <message>
        <source>Name or question</source>
        <translation>ชื่อหรือคำถาม</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>สต็อก</translation>
    </message>
    <message>
        <source>Description or answer</source>
        <translation>รายละเอียดหรือคำตอบ</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>คำถามที่พบบ่อย</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not a number.</source>
        <translation>ราคา &quot;%1&quot; ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>The stock &quot;%1&quot; is not a whole number.</source>
        <translation>สต็อก &quot;%1&quot; ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>Saved. The AI uses it from the next message.</source>
        <translation>บันทึกแล้ว AI จะใช้ข้อมูลนี้ตั้งแต่ข้อความถัดไป</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <source>Entries imported: %1.</source>
        <translation>นำเข้ารายการแล้ว: %1</translation>
    </message>
    <message>
        <source>Entries imported: %1. These rows were skipped:</source>
        <translation>นำเข้ารายการแล้ว: %1 แถวเหล่านี้ถูกข้าม:</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>ส่งออกไปที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>wasel::ui::MainWindow</name>
    <message>
        <source>Wasel — %1</source>
        <translation>Wasel — %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Demo workspace: customers and messages are simulated</source>
        <translation>พื้นที่ทดลอง: ลูกค้าและข้อความเป็นการจำลอง</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Connect and check your accounts (Ctrl+Shift+K)</source>
        <translation>เชื่อมต่อและตรวจสอบบัญชีของคุณ (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>ผู้ช่วย</translation>
    </message>
    <message>
        <source>How the AI answers, and which AI service it uses (Ctrl+Shift+I)</source>
        <translation>AI ตอบอย่างไร และใช้บริการ AI ใด (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>ManyChat</source>
        <translation>ManyChat</translation>
    </message>
    <message>
        <source>The AI could not answer: %1</source>
        <translation>AI ตอบไม่ได้: %1</translation>
    </message>
    <message>
        <source>Customer panel</source>
        <translation>แผงข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>Show or hide the customer panel (Ctrl+Shift+P)</source>
        <translation>แสดงหรือซ่อนแผงข้อมูลลูกค้า (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (Ctrl+/)</source>
        <translation>ปุ่มลัดทั้งหมด (Ctrl+/)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>กฎ</translation>
    </message>
    <message>
        <source>Routing rules: who gets which conversation (Ctrl+Shift+G)</source>
        <translation>กฎการส่งต่อ: ใครได้รับบทสนทนาไหน (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ความรู้</translation>
    </message>
    <message>
        <source>Products and answers the AI may use (Ctrl+Shift+B)</source>
        <translation>สินค้าและคำตอบที่ AI ใช้ได้ (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter makes a new line)</source>
        <translation>ส่งด้วย Ctrl+Enter (Enter เพื่อขึ้นบรรทัดใหม่)</translation>
    </message>
    <message>
        <source>Send with Enter (Shift+Enter makes a new line)</source>
        <translation>ส่งด้วย Enter (Shift+Enter เพื่อขึ้นบรรทัดใหม่)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>การแจ้งเตือนบนเดสก์ท็อป</translation>
    </message>
    <message>
        <source>Canned responses…</source>
        <translation>ข้อความสำเร็จรูป…</translation>
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
        <translation>ID ผู้ติดตาม ManyChat</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>เชื่อมโยง</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Ask ManyChat for this subscriber&apos;s name, tags and fields again</source>
        <translation>ขอชื่อ แท็ก และฟิลด์ของผู้ติดตามรายนี้จาก ManyChat อีกครั้ง</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>New tag (as named in ManyChat)</source>
        <translation>แท็กใหม่ (ตามชื่อใน ManyChat)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>เพิ่มแท็ก</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>ลบแท็ก</translation>
    </message>
    <message>
        <source>Custom fields (double-click a value to change it)</source>
        <translation>ฟิลด์ที่กำหนดเอง (ดับเบิลคลิกที่ค่าเพื่อเปลี่ยน)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Add the customer&apos;s intents as ManyChat tags (price_inquiry, complaint …)</source>
        <translation>เพิ่มเจตนาของลูกค้าเป็นแท็กใน ManyChat (price_inquiry, complaint …)</translation>
    </message>
    <message>
        <source>ManyChat log</source>
        <translation>บันทึกการทำงาน ManyChat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>ManyChat is not available in this workspace.</source>
        <translation>ไม่มี ManyChat ในพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>ยังไม่ได้เลือกลูกค้า</translation>
    </message>
    <message>
        <source>Not linked to a ManyChat subscriber. Enter the subscriber&apos;s id to link this customer.</source>
        <translation>ยังไม่ได้เชื่อมโยงกับผู้ติดตาม ManyChat ใส่ ID ผู้ติดตามเพื่อเชื่อมโยงลูกค้ารายนี้</translation>
    </message>
    <message>
        <source>Subscriber %1 · not fetched from ManyChat yet</source>
        <translation>ผู้ติดตาม %1 · ยังไม่ได้ดึงข้อมูลจาก ManyChat</translation>
    </message>
    <message>
        <source>%1 · subscriber %2 · updated %3</source>
        <translation>%1 · ผู้ติดตาม %2 · อัปเดตเมื่อ %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>No ManyChat account is connected: add one on the Channels page.</source>
        <translation>ยังไม่ได้เชื่อมต่อบัญชี ManyChat: เพิ่มบัญชีในหน้าช่องทาง</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
</context>
<context>
    <name>wasel::ui::MessageDelegate</name>
    <message>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ตำแหน่งที่ตั้ง</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>มาจากโฆษณา</translation>
    </message>
    <message>
        <source>Opened the chat from a link</source>
        <translation>เปิดแชทจากลิงก์</translation>
    </message>
    <message>
        <source>This comment was removed</source>
        <translation>ความคิดเห็นนี้ถูกลบแล้ว</translation>
    </message>
    <message>
        <source>This message was unsent</source>
        <translation>ข้อความนี้ถูกยกเลิกการส่งแล้ว</translation>
    </message>
    <message>
        <source>edited · %1</source>
        <translation>แก้ไขแล้ว · %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>ข้อความเสียง</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>สติกเกอร์</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Replied to your story</source>
        <translation>ตอบกลับสตอรี่ของคุณ</translation>
    </message>
    <message>
        <source>Mentioned you in their story</source>
        <translation>กล่าวถึงคุณในสตอรี่ของเขา</translation>
    </message>
    <message>
        <source>Comment on your post</source>
        <translation>ความคิดเห็นในโพสต์ของคุณ</translation>
    </message>
    <message>
        <source>Tapped a button</source>
        <translation>กดปุ่ม</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>แสดงความรู้สึก</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>ข้อความเทมเพลต</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>ข้อความที่ไม่รองรับ</translation>
    </message>
    <message>
        <source>AI · %1</source>
        <translation>AI · %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>ส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>ส่งไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Shared a contact</source>
        <translation>แชร์รายชื่อติดต่อ</translation>
    </message>
    <message>
        <source>Removed a reaction</source>
        <translation>ลบการแสดงความรู้สึก</translation>
    </message>
    <message>
        <source>via ManyChat · %1</source>
        <translation>ผ่าน ManyChat · %1</translation>
    </message>
    <message>
        <source>via Meta, ManyChat failed · %1</source>
        <translation>ผ่าน Meta เนื่องจาก ManyChat ล้มเหลว · %1</translation>
    </message>
    <message>
        <source>in ManyChat&apos;s reply · %1</source>
        <translation>ในคำตอบของ ManyChat · %1</translation>
    </message>
    <message>
        <source>%1 · sent the AI&apos;s draft</source>
        <translation>%1 · ส่งร่างของ AI</translation>
    </message>
    <message>
        <source>%1 · edited the AI&apos;s draft</source>
        <translation>%1 · แก้ไขร่างของ AI</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>กำลังเขียน…</translation>
    </message>
</context>
<context>
    <name>wasel::ui::RoutingRulesPage</name>
    <message>
        <source>Routing rules</source>
        <translation>กฎการส่งต่อ</translation>
    </message>
    <message>
        <source>Rules run from the top on every new customer message, before the AI. A rule fires when all its conditions hold.</source>
        <translation>กฎจะทำงานจากบนลงล่างกับทุกข้อความใหม่ของลูกค้า ก่อน AI กฎจะทำงานเมื่อเงื่อนไขทั้งหมดเป็นจริง</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>เวลาทำการ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>วันที่เปิด</translation>
    </message>
    <message>
        <source>From</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>บันทึกเวลาทำการ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>On</source>
        <translation>เปิดใช้</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Channel is one of</source>
        <translation>ช่องทางเป็นหนึ่งใน</translation>
    </message>
    <message>
        <source>Intent is one of</source>
        <translation>เจตนาเป็นหนึ่งใน</translation>
    </message>
    <message>
        <source>any of these words, separated by commas: refund, ارجاع, คืนเงิน</source>
        <translation>คำใดก็ได้ในนี้ คั่นด้วยเครื่องหมายจุลภาค: refund, ارجاع, คืนเงิน</translation>
    </message>
    <message>
        <source>Message has a keyword</source>
        <translation>ข้อความมีคำสำคัญ</translation>
    </message>
    <message>
        <source>vip, wholesale</source>
        <translation>vip, wholesale</translation>
    </message>
    <message>
        <source>Customer has a label</source>
        <translation>ลูกค้ามีป้ายกำกับ</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>ทุกเวลา</translation>
    </message>
    <message>
        <source>During business hours</source>
        <translation>ในเวลาทำการ</translation>
    </message>
    <message>
        <source>Outside business hours</source>
        <translation>นอกเวลาทำการ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>แล้ว</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>มอบหมายให้</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยน</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ด่วน</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Add the label</source>
        <translation>เพิ่มป้ายกำกับ</translation>
    </message>
    <message>
        <source>AI answers</source>
        <translation>AI ตอบอัตโนมัติ</translation>
    </message>
    <message>
        <source>AI drafts, staff send</source>
        <translation>AI ร่าง ทีมงานส่ง</translation>
    </message>
    <message>
        <source>AI off</source>
        <translation>ปิด AI</translation>
    </message>
    <message>
        <source>AI mode</source>
        <translation>โหมด AI</translation>
    </message>
    <message>
        <source>Send the canned reply</source>
        <translation>ส่งข้อความสำเร็จรูป</translation>
    </message>
    <message>
        <source>Hand over to a person (the AI stops)</source>
        <translation>ส่งต่อให้ทีมงาน (AI หยุดตอบ)</translation>
    </message>
    <message>
        <source>Stop here: later rules do not run</source>
        <translation>หยุดที่นี่: กฎถัดไปจะไม่ทำงาน</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>บันทึกกฎ</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (ปิด)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>This rule is skipped: %1</source>
        <translation>ข้ามกฎนี้: %1</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>กฎใหม่</translation>
    </message>
    <message>
        <source>Saved. The rule applies to the next customer message.</source>
        <translation>บันทึกแล้ว กฎจะใช้กับข้อความถัดไปของลูกค้า</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <source>The stored business hours cannot be read: %1</source>
        <translation>อ่านเวลาทำการที่บันทึกไว้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Business hours saved.</source>
        <translation>บันทึกเวลาทำการแล้ว</translation>
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
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Go to a customer or conversation</source>
        <translation>ไปที่ลูกค้าหรือบทสนทนา</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>ค้นหาในข้อความทั้งหมด</translation>
    </message>
    <message>
        <source>Go to a customer or conversation…</source>
        <translation>ไปที่ลูกค้าหรือบทสนทนา…</translation>
    </message>
    <message>
        <source>Search all messages…</source>
        <translation>ค้นหาในข้อความทั้งหมด…</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>ลูกค้าที่ไม่ทราบชื่อ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent conversations</source>
        <translation>บทสนทนาล่าสุด</translation>
    </message>
    <message>
        <source>Type words from a message: every conversation is searched.</source>
        <translation>พิมพ์คำจากข้อความ: ระบบจะค้นหาในทุกบทสนทนา</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>ไม่มีข้อความที่มี “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>พบ %n ข้อความ</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer’s name, phone, email or username matches “%1”.</source>
        <translation>ไม่มีลูกค้าที่ชื่อ เบอร์โทร อีเมล หรือชื่อผู้ใช้ตรงกับ “%1”</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
</context>
<context>
    <name>wasel::ui::Sidebar</name>
    <message>
        <source>Views</source>
        <translation>มุมมอง</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>กล่องข้อความ</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>ที่เปิดอยู่ทั้งหมด</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ยังไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>ต้องให้ทีมงานดูแล</translation>
    </message>
    <message>
        <source>Failed to send</source>
        <translation>ส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>เลื่อนไว้</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n บทสนทนา</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::ui::SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>เลื่อนถึง</translation>
    </message>
    <message>
        <source>The conversation comes back to the inbox at:</source>
        <translation>บทสนทนาจะกลับมาที่กล่องข้อความเมื่อ:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>เลื่อน</translation>
    </message>
</context>
<context>
    <name>wasel::ui::TemplateComposer</name>
    <message>
        <source>Template</source>
        <translation>เทมเพลต</translation>
    </message>
    <message>
        <source>An approved WhatsApp template: the only message allowed more than 24 hours after the customer wrote</source>
        <translation>เทมเพลต WhatsApp ที่อนุมัติแล้ว: ข้อความเดียวที่ส่งได้หลังลูกค้าส่งข้อความมาเกิน 24 ชั่วโมง</translation>
    </message>
    <message>
        <source>The customer will read:</source>
        <translation>ลูกค้าจะเห็นข้อความนี้:</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>ตัวอย่างเทมเพลต</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>ส่งเทมเพลต</translation>
    </message>
    <message>
        <source>Fill in every variable to send</source>
        <translation>กรอกตัวแปรให้ครบทุกช่องเพื่อส่ง</translation>
    </message>
    <message>
        <source>No approved templates: create one in WhatsApp Manager, then refresh.</source>
        <translation>ยังไม่มีเทมเพลตที่อนุมัติแล้ว: สร้างเทมเพลตใน WhatsApp Manager แล้วกดรีเฟรช</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Refresh templates</source>
        <translation>รีเฟรชเทมเพลต</translation>
    </message>
    <message>
        <source>Variable {{%1}}</source>
        <translation>ตัวแปร {{%1}}</translation>
    </message>
    <message>
        <source>Template variable %1</source>
        <translation>ตัวแปรเทมเพลต %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>จำเป็น</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The templates could not be refreshed: %1</source>
        <translation>รีเฟรชเทมเพลตไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::Theme</name>
    <message>
        <source>now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>เหลือ %1</translation>
    </message>
    <message>
        <source>%1 left (human agent)</source>
        <translation>เหลือ %1 (ทีมงานตอบ)</translation>
    </message>
    <message>
        <source>window closed</source>
        <translation>หมดเวลาตอบ</translation>
    </message>
</context>
<context>
    <name>wasel::ui::ThreadView</name>
    <message>
        <source>Assign to me</source>
        <translation>มอบหมายให้ฉัน</translation>
    </message>
    <message>
        <source>Assign to me (Ctrl+Shift+A)</source>
        <translation>มอบหมายให้ฉัน (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>ปิดเรื่อง</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Shift+E)</source>
        <translation>ปิดเรื่อง (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>เลื่อน</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>รับเรื่องต่อ</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>ทำเครื่องหมายว่ายังไม่อ่าน</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>รายละเอียดบทสนทนา</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Select a conversation to read it and reply.</source>
        <translation>เลือกบทสนทนาเพื่ออ่านและตอบกลับ</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>ลูกค้าที่ไม่ทราบชื่อ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>เลื่อนไว้ถึง %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ยังไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>มอบหมายให้ %1</translation>
    </message>
    <message>
        <source>The AI asked for a person</source>
        <translation>AI ขอให้ทีมงานดูแล</translation>
    </message>
    <message>
        <source>AI answers</source>
        <translation>AI ตอบอัตโนมัติ</translation>
    </message>
    <message>
        <source>AI drafts</source>
        <translation>AI ร่างคำตอบ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>เปิดอีกครั้ง</translation>
    </message>
    <message>
        <source>Hand back to AI</source>
        <translation>ส่งคืนให้ AI</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>A message could not be sent.</source>
        <translation>ส่งข้อความไม่สำเร็จ</translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation>ส่งข้อความไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s picture</source>
        <translation>รูปของลูกค้า</translation>
    </message>
    <message>
        <source>What the conversation is about</source>
        <translation>บทสนทนานี้เกี่ยวกับอะไร</translation>
    </message>
    <message>
        <source>open the post</source>
        <translation>เปิดโพสต์</translation>
    </message>
    <message>
        <source>Comments on your post: %1</source>
        <translation>ความคิดเห็นในโพสต์ของคุณ: %1</translation>
    </message>
    <message>
        <source>Comments on your post “%1”: %2</source>
        <translation>ความคิดเห็นในโพสต์ “%1” ของคุณ: %2</translation>
    </message>
    <message>
        <source>Started from your story: %1</source>
        <translation>เริ่มจากสตอรี่ของคุณ: %1</translation>
    </message>
    <message>
        <source>open the story</source>
        <translation>เปิดสตอรี่</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>หัวเรื่อง: %1</translation>
    </message>
    <message>
        <source>Writing from the page %1</source>
        <translation>เขียนจากหน้า %1</translation>
    </message>
    <message>
        <source>Snooze until later (Ctrl+Shift+S)</source>
        <translation>เลื่อนไว้ภายหลัง (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Take over from the AI, or hand back to it (Ctrl+Shift+H)</source>
        <translation>รับเรื่องต่อจาก AI หรือส่งคืนให้ AI (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Mark as unread (Ctrl+Shift+U)</source>
        <translation>ทำเครื่องหมายว่ายังไม่อ่าน (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>React</source>
        <translation>แสดงความรู้สึก</translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation>ลบการแสดงความรู้สึกของฉัน</translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>%1 is a web or mail address from the message</extracomment>
        <translation>เปิด %1</translation>
    </message>
</context>
<context>
    <name>wasel::ui::TrayIcon</name>
    <message>
        <source>Show Wasel</source>
        <translation>แสดง Wasel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Wasel — no unread conversations</source>
        <translation>Wasel — ไม่มีบทสนทนาที่ยังไม่อ่าน</translation>
    </message>
    <message numerus="yes">
        <source>Wasel — %n unread conversation(s)</source>
        <translation>
            <numerusform>Wasel — มีบทสนทนาที่ยังไม่อ่าน %n รายการ</numerusform>
        </translation>
    </message>
</context>
</TS>
