#include "ThreadView.h"

#include "AssistantActivity.h"
#include "AttachmentActions.h"
#include "AttachmentStrip.h"
#include "Composer.h"
#include "ConversationActions.h"
#include "ConversationListModel.h"
#include "InboxActions.h"
#include "Links.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "Roles.h"
#include "TemplateComposer.h"
#include "Theme.h"
#include "domain/ReplyWindow.h"
#include "store/Store.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace wasel::ui {

using models::ConversationStatus;

namespace {

constexpr int HeaderAvatar = 44;

QToolButton *actionButton(const QString &text, const QString &icon, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (!icon.isEmpty())
        b->setIcon(theme::glyph(icon));
    return b;
}

} // namespace

ThreadView::ThreadView(models::Store *store, app::InboxActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actions(actions)
    , m_model(new models::MessageListModel(store, this))
    , m_avatar(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_assign(actionButton(tr("Assign to me"), QStringLiteral("assign"), tr("Assign to me (Ctrl+Shift+A)"), this))
    , m_resolve(actionButton(tr("Resolve"), QStringLiteral("resolve"), tr("Resolve (Ctrl+Shift+E)"), this))
    , m_snooze(actionButton(tr("Snooze"), QStringLiteral("snooze"), tr("Snooze until later (Ctrl+Shift+S)"), this))
    , m_ai(actionButton(tr("Take over"), QStringLiteral("ai"),
                        tr("Take over from the AI, or hand back to it (Ctrl+Shift+H)"), this))
    , m_unread(actionButton(tr("Mark unread"), QString(), tr("Mark as unread (Ctrl+Shift+U)"), this))
    , m_messages(new QListView(this))
    , m_composer(new Composer(this))
    , m_empty(new QWidget(this))
{
    m_more = new ConversationActions(store, actions, this);
    m_more->setObjectName(QStringLiteral("conversationActions"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Customer"));
    m_avatar->setObjectName(QStringLiteral("customerAvatar"));
    m_avatar->setAccessibleName(tr("Customer's picture"));
    m_avatar->setFixedSize(HeaderAvatar, HeaderAvatar);
    m_subtitle->setAccessibleName(tr("Conversation details"));
    // Long names and details give way to the action buttons rather than widening the window.
    for (QLabel *label : {m_title, m_subtitle})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_subtitle->setWordWrap(true); // details wrap under the name instead of being cut off
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_subtitle->setPalette(muted);

    m_snooze->setMenu(m_more->snoozeMenu());
    m_snooze->setPopupMode(QToolButton::InstantPopup);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_context = new QLabel(this);
    m_context->setObjectName(QStringLiteral("conversationContext"));
    m_context->setAccessibleName(tr("What the conversation is about"));
    m_context->setTextFormat(Qt::RichText); // only our own link; every provider text in it is escaped
    m_context->setOpenExternalLinks(true);
    m_context->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_context->setWordWrap(true);
    // A line of its own under the header, across the thread's width: captions can be long.
    m_context->setContentsMargins(16, 0, 10, 8);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(16, 10, 10, 4);
    header->setSpacing(10);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    // The one-click actions on a row of their own under the name: beside it they squeezed the
    // name and details into a sliver once the customer panel took its share of the width.
    auto *quick = new QHBoxLayout;
    quick->setContentsMargins(12, 0, 10, 0);
    quick->setSpacing(2);
    for (QToolButton *b : {m_assign, m_resolve, m_snooze, m_ai, m_unread})
        quick->addWidget(b);
    quick->addStretch(1);

    m_model->setViewFetches(false); // older pages load when scrolled to the top (below), not on open
    m_messages->setModel(m_model);
    auto *delegate = new MessageDelegate(m_messages);
    m_messages->setItemDelegate(delegate);
    m_messages->setMouseTracking(true); // the hand cursor over links and files
    connect(delegate, &MessageDelegate::linkActivated, this, [](const QUrl &url) {
        if (isSafeLink(url))
            QDesktopServices::openUrl(url);
    });
    connect(delegate, &MessageDelegate::attachmentActivated, this,
            [this](const QModelIndex &index, int attachment, const QPoint &at) {
                const QVariantList list = index.data(models::MessageRole::Attachments).toList();
                if (attachment >= 0 && attachment < list.size())
                    showAttachmentMenu(list.at(attachment).toMap(), at, this);
            });
    m_messages->setFrameShape(QFrame::NoFrame);
    m_messages->setSelectionMode(QAbstractItemView::NoSelection);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setResizeMode(QListView::Adjust);
    m_messages->setUniformItemSizes(false);
    m_messages->setWordWrap(true);
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setFocusPolicy(Qt::StrongFocus);
    QPalette threadPalette = m_messages->palette();
    threadPalette.setColor(QPalette::Base,
                           theme::mix(palette().color(QPalette::Base), palette().color(QPalette::Window), 0.35));
    m_messages->setPalette(threadPalette);

    auto *emptyLabel = new QLabel(tr("Select a conversation to read it and reply."), m_empty);
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setPalette(muted);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addWidget(emptyLabel);

    auto *thread = new QWidget(this);
    auto *threadLayout = new QVBoxLayout(thread);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    threadLayout->setSpacing(0);
    threadLayout->addLayout(header);
    threadLayout->addLayout(quick);
    threadLayout->addWidget(m_more);
    threadLayout->addWidget(m_context);
    auto *line = new QFrame(thread);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setPalette(muted);
    threadLayout->addWidget(line);
    threadLayout->addWidget(m_messages, 1);

    // A failed send says why, with what can be done about it, right where the next reply is typed.
    m_failureBar = new QWidget(thread);
    m_failureBar->setObjectName(QStringLiteral("failureBar"));
    m_failureBar->setAutoFillBackground(true);
    QPalette warn = m_failureBar->palette();
    // Tinted towards the danger colour from the window's own colour: light and dark themes both.
    warn.setColor(QPalette::Window, theme::mix(warn.color(QPalette::Window), theme::dangerColor(warn), 0.2));
    m_failureBar->setPalette(warn);
    auto *failureLayout = new QHBoxLayout(m_failureBar);
    failureLayout->setContentsMargins(12, 6, 12, 6);
    m_failureText = new QLabel(m_failureBar);
    m_failureText->setWordWrap(true);
    auto *retry = new QToolButton(m_failureBar);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setText(tr("Retry"));
    auto *remove = new QToolButton(m_failureBar);
    remove->setObjectName(QStringLiteral("deleteButton"));
    remove->setText(tr("Delete"));
    failureLayout->addWidget(m_failureText, 1);
    failureLayout->addWidget(retry);
    failureLayout->addWidget(remove);
    threadLayout->addWidget(m_failureBar);
    connect(retry, &QToolButton::clicked, this, &ThreadView::retryFailed);
    connect(remove, &QToolButton::clicked, this, &ThreadView::deleteFailed);
    m_failureBar->hide();

    threadLayout->addWidget(m_composer);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(thread);

    connect(m_assign, &QToolButton::clicked, this, &ThreadView::assignToMe);
    connect(m_resolve, &QToolButton::clicked, this, &ThreadView::resolveOrReopen);
    connect(m_ai, &QToolButton::clicked, this, &ThreadView::toggleAi);
    connect(m_unread, &QToolButton::clicked, this, &ThreadView::markUnread);
    connect(m_store, &models::Store::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId) {
            refreshHeader();
            refreshPendingReply(); // staff took over, or the AI handed over
        }
    });
    connect(m_store, &models::Store::messageChanged, this, [this](qint64 conversation) {
        if (conversation == m_conversationId)
            refreshFailure();
    });
    connect(m_store, &models::Store::messageRemoved, this, [this](qint64 conversation) {
        if (conversation == m_conversationId)
            refreshFailure();
    });
    // Right-click (or the menu key on the current message): Retry and Delete for a failed message,
    // a reaction for a customer's WhatsApp message, and the message's files and links — so each is
    // reachable from the keyboard too, not only by clicking its chip or underline.
    m_messages->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messages, &QListView::customContextMenuRequested, this, [this](const QPoint &at) {
        QModelIndex index = m_messages->indexAt(at);
        if (!index.isValid())
            index = m_messages->currentIndex();
        if (!index.isValid())
            return;
        const qint64 id = index.data(models::MessageRole::Id).toLongLong();
        QMenu menu(this);
        if (index.data(models::MessageRole::Status).toInt() == int(models::MessageStatus::Failed)) {
            menu.addAction(tr("Retry"), this, [this, id] { m_actions->retrySend(id); });
            menu.addAction(tr("Delete"), this, [this, id] { m_actions->deleteUnsent(id); });
        } else if (m_actions->canReactTo(id)) {
            QMenu *react = menu.addMenu(tr("React"));
            for (const QString &emoji : app::InboxActions::reactionChoices())
                react->addAction(emoji, this, [this, id, emoji] { m_actions->sendReaction(id, emoji); });
            menu.addAction(tr("Remove my reaction"), this, [this, id] { m_actions->sendReaction(id, QString()); });
        }
        const QVariantList files = index.data(models::MessageRole::Attachments).toList();
        for (const QVariant &file : files) {
            const QVariantMap attachment = file.toMap();
            if (!menu.isEmpty())
                menu.addSeparator();
            menu.addSection(suggestedFileName(attachment));
            addAttachmentActions(&menu, attachment, this);
        }
        const QList<TextLink> links = findLinks(index.data(models::MessageRole::Text).toString());
        if (!links.isEmpty() && !menu.isEmpty())
            menu.addSeparator();
        for (const TextLink &link : links) {
            const QUrl url = link.url;
            //: %1 is a web or mail address from the message
            menu.addAction(tr("Open %1").arg(url.toDisplayString()), this, [url] {
                if (isSafeLink(url))
                    QDesktopServices::openUrl(url);
            });
        }
        if (!menu.isEmpty())
            menu.exec(m_messages->viewport()->mapToGlobal(at));
    });
    // New messages at the bottom keep the view at the bottom, unless staff scrolled up to read (their
    // own reply always shows); older ones loaded at the top do not move it. The view lays rows out
    // later, so before that the scroll bar still says where staff were.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { m_followBottom = isAtBottom(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (first == 0)
            return;
        const QModelIndex newest = m_model->index(last, 0);
        const bool own = newest.data(models::MessageRole::Direction).toInt() == int(models::Direction::Out)
            && newest.data(models::MessageRole::Sender).toInt() == int(models::SenderKind::Agent);
        if (m_followBottom || own)
            scrollToBottomSoon();
    });
    // The last message grew (the AI's reply streaming in, or stored in its place): still in view.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &bottom) {
        if (bottom.row() == m_model->rowCount() - 1 && isAtBottom())
            scrollToBottomSoon();
    });
    connect(m_messages->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_model->hasOlder())
            m_model->loadOlder();
    });
    connect(m_composer, &Composer::sendRequested, this, [this](const QString &text) {
        const auto how = m_composer->isPrivateReply() ? app::InboxActions::CommentReply::Private
                                                      : app::InboxActions::CommentReply::Public;
        if (m_conversationId
            && m_actions->sendReply(m_conversationId, text, how, m_composer->attachments()->staged(),
                                    m_composer->aiDraft()))
            m_composer->clear();
    });
    // Attached files: checked against the channel and copied into the workspace by InboxActions.
    AttachmentStrip *files = m_composer->attachments();
    connect(files, &AttachmentStrip::filesOffered, this, [this, files](const QStringList &paths) {
        QStringList refused; // said under the chips, where the file was dropped
        const auto listen = connect(m_actions, &app::InboxActions::failed, files,
                                    [&refused](const QString &why) { refused.append(why); });
        for (const QString &path : paths)
            if (const auto staged = m_conversationId ? m_actions->stageAttachment(m_conversationId, path)
                                                     : std::optional<models::Attachment>())
                files->add(*staged);
        disconnect(listen);
        files->showNote(refused.join(u'\n'));
    });
    connect(files, &AttachmentStrip::removed, m_actions, &app::InboxActions::discardStaged);
    connect(m_composer, &Composer::noteRequested, this, [this](const QString &text) {
        if (m_conversationId && m_actions->addNote(m_conversationId, text)) {
            m_composer->clear();
            m_composer->setNoteMode(false);
        }
    });
    TemplateComposer *templates = m_composer->templates();
    connect(templates, &TemplateComposer::sendRequested, this,
            [this](const QString &name, const QString &language, const QStringList &values) {
                if (m_conversationId && m_actions->sendTemplate(m_conversationId, name, language, values))
                    m_composer->clear();
            });
    connect(templates, &TemplateComposer::contentSendRequested, this,
            [this](const QString &sid, const QStringList &values) {
                if (m_conversationId && m_actions->sendContentTemplate(m_conversationId, sid, values)) {
                    m_composer->clear();
                    m_composer->templates()->setContentTemplates(m_actions->recentContentTemplates(m_conversationId));
                }
            });
    connect(templates, &TemplateComposer::refreshRequested, this, [this] {
        if (m_conversationId)
            m_actions->refreshTemplates(m_conversationId, true);
    });
    connect(m_actions, &app::InboxActions::templatesRefreshed, this, [this](bool ok, const QString &error) {
        if (!m_templatesOf || m_templatesOf != m_conversationId || m_actions->usesContentTemplates(m_conversationId))
            return;
        m_composer->templates()->setTemplates(m_actions->templatesFor(m_conversationId));
        m_composer->templates()->setRefreshError(ok ? QString() : error);
    });
    setConversation(0);
}

void ThreadView::offerTemplates(bool templatesOnly)
{
    m_composer->setTemplateMode(templatesOnly);
    if (!templatesOnly) {
        m_templatesOf = 0;
        return;
    }
    if (m_templatesOf == m_conversationId)
        return; // already offered; fresh ones come with templatesRefreshed
    m_templatesOf = m_conversationId;
    if (m_actions->usesContentTemplates(m_conversationId))
        return m_composer->templates()->setContentTemplates(m_actions->recentContentTemplates(m_conversationId));
    m_composer->templates()->setTemplates(m_actions->templatesFor(m_conversationId));
    m_composer->templates()->setRefreshError(QString());
    m_actions->refreshTemplates(m_conversationId); // only when the cache is a day old
}

void ThreadView::addAboveComposer(QWidget *bar)
{
    auto *layout = qobject_cast<QBoxLayout *>(m_composer->parentWidget()->layout());
    layout->insertWidget(layout->indexOf(m_composer), bar);
}

void ThreadView::followAssistant(app::AssistantActivity *activity)
{
    if (m_activity)
        disconnect(m_activity, nullptr, this, nullptr);
    m_activity = activity;
    if (activity)
        connect(activity, &app::AssistantActivity::changed, this, [this](qint64 id) {
            if (id == m_conversationId)
                refreshPendingReply();
        });
    refreshPendingReply();
}

void ThreadView::refreshPendingReply()
{
    const QString writing = m_activity && m_conversationId ? m_activity->writing(m_conversationId) : QString();
    if (writing.isEmpty())
        return m_model->clearPendingReply(); // stored, failed or handed over
    // Auto mode only: in draft mode the reply grows in the composer, for staff to check first; and
    // once staff took over, what the AI is still writing will not be sent.
    const auto c = m_store->conversation(m_conversationId);
    const bool shown = c && c->aiMode == models::AiMode::Auto && !c->needsHuman;
    m_model->setPendingReply(shown ? writing : QString(), m_activity->aiName());
}

void ThreadView::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(conversationId ? 1 : 0);
    m_model->setConversation(conversationId);
    refreshPendingReply();
    m_templatesOf = 0;
    for (const models::Attachment &staged : m_composer->attachments()->staged())
        m_actions->discardStaged(staged); // attached to the other conversation, not sent
    m_composer->attachments()->setUnavailable(conversationId ? m_actions->attachmentsUnavailable(conversationId)
                                                             : QString());
    m_composer->clear();
    m_composer->setNoteMode(false);
    m_more->setConversation(conversationId);
    if (!conversationId)
        return;
    const auto conversation = m_store->conversation(conversationId);
    m_composer->setCommentThread(conversation && !conversation->threadKey.isEmpty());
    refreshHeader();
    refreshFailure();
    scrollToBottomSoon();
    m_actions->markRead(conversationId);
}

bool ThreadView::showMessage(qint64 messageId)
{
    int row = m_model->loadThrough(messageId);
    if (row < 0)
        return false;
    if (row < 3 && m_model->hasOlder()) {
        m_model->loadOlder(); // a little context above it, and no page load the moment it shows
        row = m_model->rowOf(messageId);
    }
    m_model->setHighlightedMessage(messageId);
    // After the scroll to the bottom that opening the conversation queued.
    QTimer::singleShot(0, m_messages, [this, messageId] {
        const int at = m_model->rowOf(messageId);
        if (at >= 0)
            m_messages->scrollTo(m_model->index(at, 0), QAbstractItemView::PositionAtCenter);
    });
    return true;
}

void ThreadView::refreshFailure()
{
    m_failedId = 0;
    QString reason;
    if (m_conversationId) {
        const QList<models::Message> recent = m_store->messages(m_conversationId, 0, 50);
        for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
            if (it->direction == models::Direction::Out && it->status == models::MessageStatus::Failed) {
                m_failedId = it->id;
                reason = it->statusReason;
                break;
            }
        }
    }
    m_failureText->setText(reason.isEmpty() ? tr("A message could not be sent.")
                                            : tr("A message could not be sent: %1").arg(reason));
    m_failureBar->setVisible(m_failedId != 0);
}

void ThreadView::retryFailed()
{
    if (m_failedId)
        m_actions->retrySend(m_failedId);
    refreshFailure();
}

void ThreadView::deleteFailed()
{
    if (m_failedId)
        m_actions->deleteUnsent(m_failedId);
    refreshFailure();
}

void ThreadView::refreshHeader()
{
    const auto c = m_store->conversation(m_conversationId);
    if (!c)
        return;
    m_title->setText(c->customerName.isEmpty() ? tr("Unknown customer") : c->customerName);
    QPixmap picture = m_avatars.get(c->avatarPath, HeaderAvatar, devicePixelRatioF());
    if (picture.isNull())
        picture = initialsAvatar(models::initialsOf(c->customerName), c->customerId, HeaderAvatar, devicePixelRatioF(),
                                 font());
    m_avatar->setPixmap(picture);
    QStringList details{models::channelDisplayName(c->channel)};
    if (!c->customerUsername.isEmpty())
        // Isolated left-to-right (LRI … PDI), so Arabic around it does not move the "@" to the end.
        details << QChar(0x2066) + u'@' + c->customerUsername + QChar(0x2069);
    switch (c->status) {
    case ConversationStatus::Open:
        details << tr("Open");
        break;
    case ConversationStatus::Pending:
        details << tr("Pending");
        break;
    case ConversationStatus::Snoozed:
        details << tr("Snoozed until %1").arg(QLocale().toString(c->snoozedUntil.toLocalTime(), QLocale::ShortFormat));
        break;
    case ConversationStatus::Resolved:
        details << tr("Resolved");
        break;
    }
    details << (c->assignee.isEmpty() ? tr("Unassigned") : tr("Assigned to %1").arg(c->assignee));
    if (c->needsHuman)
        details << tr("The AI asked for a person");
    else if (c->aiMode == models::AiMode::Auto)
        details << tr("AI answers");
    else if (c->aiMode == models::AiMode::Draft)
        details << tr("AI drafts");
    if (!c->labels.isEmpty())
        details << c->labels.join(QStringLiteral(", "));
    m_subtitle->setText(details.join(QStringLiteral("  ·  ")));
    const QString about = contextLine(*c);
    m_context->setText(about);
    m_context->setVisible(!about.isEmpty());
    m_resolve->setText(c->status == ConversationStatus::Resolved ? tr("Reopen") : tr("Resolve"));
    const bool aiActive = c->aiMode != models::AiMode::Off && !c->needsHuman;
    m_ai->setText(aiActive || c->needsHuman ? tr("Take over") : tr("Hand back to AI"));
    m_assign->setEnabled(c->assignee != m_actions->agentName());
    const auto window = models::replyWindow(c->channel, c->lastCustomerMessageAt, QDateTime::currentDateTimeUtc());
    m_composer->setReplyWindow(int(window.state), window.closesAt);
    offerTemplates(window.state == models::ReplyWindow::State::Closed
                   && (c->channel == models::ChannelKind::WhatsApp || c->channel == models::ChannelKind::TwilioWhatsApp)
                   && c->threadKey.isEmpty());
}

QString ThreadView::contextLine(const models::Conversation &c)
{
    const QJsonObject context = QJsonDocument::fromJson(c.contextJson.toUtf8()).object();
    // A link goes out only when it is the provider's https address; anything else stays text.
    const auto link = [](const QString &url, const QString &label) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.scheme() != QLatin1String("https") || u.host().isEmpty())
            return label.toHtmlEscaped();
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(QString::fromUtf8(u.toEncoded()).toHtmlEscaped(), label.toHtmlEscaped());
    };
    const auto text = [&context](const char *key) { return context.value(QLatin1String(key)).toString().trimmed(); };
    if (!c.threadKey.isEmpty()) {
        // The webhook keeps "post_link"; the demo workspace and older rows "post_url".
        const QString post = text("post_link").isEmpty() ? text("post_url") : text("post_link");
        const QString target = post.isEmpty() ? c.threadKey.toHtmlEscaped() : link(post, tr("open the post"));
        const QString caption = text("caption");
        if (caption.isEmpty())
            return tr("Comments on your post: %1").arg(target);
        // The caption in its own direction (FSI … PDI), shortened: it can be a whole paragraph.
        const QString shortCaption = caption.size() > 60 ? caption.left(59) + QChar(0x2026) : caption;
        return tr("Comments on your post “%1”: %2")
            .arg(QChar(0x2068) + shortCaption.toHtmlEscaped() + QChar(0x2069), target);
    }
    if (const QString story = text("story_url"); !story.isEmpty())
        return tr("Started from your story: %1").arg(link(story, tr("open the story")));
    if (const QString subject = text("subject"); !subject.isEmpty())
        return tr("Subject: %1").arg(subject.toHtmlEscaped());
    if (const QString page = text("page_url"); !page.isEmpty()) {
        const QString title = text("page_title").isEmpty() ? page : text("page_title");
        return tr("Writing from the page %1").arg(link(page, title));
    }
    return {};
}

bool ThreadView::isAtBottom() const
{
    const QScrollBar *bar = m_messages->verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void ThreadView::scrollToBottomSoon()
{
    QTimer::singleShot(0, m_messages, [this] {
        m_messages->scrollToBottom();
        // A first page shorter than the view has no scroll bar to pull older pages with.
        if (m_messages->verticalScrollBar()->maximum() == 0 && m_model->hasOlder())
            m_model->loadOlder();
    });
}

void ThreadView::resolveOrReopen()
{
    const auto c = m_store->conversation(m_conversationId);
    if (!c)
        return;
    m_actions->setStatus(m_conversationId,
                         c->status == ConversationStatus::Resolved ? ConversationStatus::Open
                                                                   : ConversationStatus::Resolved);
}

void ThreadView::assignToMe()
{
    if (m_conversationId)
        m_actions->assignToMe(m_conversationId);
}

void ThreadView::toggleAi()
{
    const auto c = m_store->conversation(m_conversationId);
    if (!c)
        return;
    if (c->aiMode != models::AiMode::Off || c->needsHuman)
        m_actions->takeOver(m_conversationId);
    else
        m_actions->handBackToAi(m_conversationId);
}

void ThreadView::markUnread()
{
    if (m_conversationId)
        m_actions->markUnread(m_conversationId);
}

} // namespace wasel::ui
