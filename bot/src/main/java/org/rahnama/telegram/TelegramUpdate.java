package org.rahnama.telegram;

import org.rahnama.conversation.IncomingMessage;

/**
 * An update reduced to what the bot answers.
 *
 * @param callbackQueryId the id to acknowledge when a button was pressed, or null
 */
record TelegramUpdate(long updateId, long chatId, boolean group, IncomingMessage message, String callbackQueryId) {
}
