<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>wasel::channels::MailboxSignIn</name>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds.</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::channels::Outbox</name>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::channels::SendGridApi</name>
    <message numerus="yes">
        <source>The API key may send mail (%n permissions).</source>
        <translation>
            <numerusform>The API key may send mail (%n permission).</numerusform>
            <numerusform>The API key may send mail (%n permissions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::ui::SearchPopup</name>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::ui::Sidebar</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wasel::ui::TrayIcon</name>
    <message numerus="yes">
        <source>Wasel — %n unread conversation(s)</source>
        <translation>
            <numerusform>Wasel — %n unread conversation</numerusform>
            <numerusform>Wasel — %n unread conversations</numerusform>
        </translation>
    </message>
</context>
</TS>
