package org.rahnama.telegram;

import org.rahnama.conversation.IncomingMessage;

/**
 * An update reduced to what the bot answers.
 *
 * @param message         what a person sent, or null for a message of the caseworkers' group
 * @param callbackQueryId the id to acknowledge when a button was pressed, or null
 * @param team            a caseworker's message in the hand-off group, or null
 */
record TelegramUpdate(long updateId, long chatId, boolean group, IncomingMessage message, String callbackQueryId, TeamMessage team) {

    /**
     * @param text        what the caseworker wrote
     * @param repliedPost the text of the message the caseworker replied to, or null
     */
    record TeamMessage(String text, String repliedPost) {
    }
}
