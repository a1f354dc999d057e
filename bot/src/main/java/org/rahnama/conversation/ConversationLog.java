package org.rahnama.conversation;

import org.rahnama.state.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One log line per message with what operators need and nothing that identifies a person: the hashed user id,
 * channel, language, intent, whether it was a safety answer, and the time taken. Message text only with the
 * debug option {@link PrivacyProperties#logText()}.
 */
@Component
class ConversationLog {

    private static final Logger log = LoggerFactory.getLogger("org.rahnama.messages");

    private final boolean logText;

    ConversationLog(PrivacyProperties privacy) {
        this.logText = privacy.logText();
        if (logText) {
            log.warn("rahnama.privacy.log-text is ON: message texts are written to the logs. Never use this in production.");
        }
    }

    /** @param user the hashed user, or null for a one-off question (logged as "anonymous") */
    void record(IncomingMessage message, UserKey user, Reply reply, long nanos) {
        if (!log.isInfoEnabled()) {
            return;
        }
        AskResult r = reply.result();
        Object who = user == null ? "anonymous" : user;
        log.info("message user={} channel={} kind={} lang={} intent={} safety={} entry={} took={}us", who, message.channel(),
                message.kind(), r.language(), r.intent(), r.safety(), r.entry(), nanos / 1000);
        if (logText && message.text() != null) {
            log.info("message user={} text={}", who, message.text());
        }
    }
}
