package org.rahnama.telegram;

import java.util.Optional;
import org.rahnama.conversation.IncomingMessage;
import org.rahnama.conversation.IncomingMessage.Kind;
import org.rahnama.language.Language;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Telegram's {@link Update} → the pipeline's {@link IncomingMessage}. Updates that are not a person talking to
 * the bot (membership changes, polls, channel posts) map to nothing and get no reply.
 */
final class UpdateMapper {

    private static final String CHANNEL = "telegram";

    private UpdateMapper() {
    }

    /** @param teamChat the caseworkers' group of the hand-off, or null: its messages are theirs, not a person's question */
    static Optional<TelegramUpdate> map(Update update, Long teamChat) {
        if (update == null || update.getUpdateId() == null) {
            return Optional.empty();
        }
        long updateId = update.getUpdateId();
        if (update.getCallbackQuery() != null) {
            CallbackQuery query = update.getCallbackQuery();
            MaybeInaccessibleMessage origin = query.getMessage();
            if (origin == null || query.getFrom() == null) {
                return Optional.empty();
            }
            IncomingMessage message = IncomingMessage.action(CHANNEL, userId(query.getFrom()), query.getData())
                    .withLanguage(profileLanguage(query.getFrom()));
            return Optional.of(new TelegramUpdate(updateId, origin.getChatId(), origin.getChatId() < 0, message, query.getId(), null));
        }
        Message m = update.getMessage() != null ? update.getMessage() : update.getEditedMessage();
        if (m == null || m.getChatId() == null || m.getFrom() == null) {
            return Optional.empty();
        }
        if (m.getChatId().equals(teamChat)) {
            Message replied = m.getReplyToMessage();
            return m.getText() == null ? Optional.empty() : Optional.of(new TelegramUpdate(updateId, m.getChatId(), true, null, null,
                    new TelegramUpdate.TeamMessage(m.getText(), replied == null ? null : replied.getText())));
        }
        String user = userId(m.getFrom());
        IncomingMessage message;
        if (m.getText() != null) {
            message = IncomingMessage.text(CHANNEL, user, m.getText());
            if (m.getForwardOrigin() != null) {
                message = message.asForwarded();
            }
        } else if (m.getLocation() != null) {
            message = IncomingMessage.location(CHANNEL, user, m.getLocation().getLatitude(), m.getLocation().getLongitude());
        } else if (m.getCaption() != null && !m.getCaption().isBlank()) {
            // A photo of a letter with a question in the caption: the question is what we can answer.
            message = IncomingMessage.text(CHANNEL, user, m.getCaption());
        } else {
            message = IncomingMessage.media(CHANNEL, user, mediaKind(m));
        }
        return Optional.of(new TelegramUpdate(updateId, m.getChatId(), m.getChatId() < 0,
                message.withLanguage(profileLanguage(m.getFrom())), null, null));
    }

    private static Kind mediaKind(Message m) {
        if (m.getVoice() != null || m.getAudio() != null) {
            return Kind.VOICE;
        }
        if (m.getPhoto() != null || m.getVideo() != null) {
            return Kind.PHOTO;
        }
        if (m.getSticker() != null) {
            return Kind.STICKER;
        }
        if (m.getDocument() != null) {
            return Kind.DOCUMENT;
        }
        return Kind.OTHER;
    }

    private static String userId(User user) {
        return String.valueOf(user.getId());
    }

    private static Language profileLanguage(User user) {
        return Language.fromCode(user.getLanguageCode()).orElse(null);
    }
}
