package org.rahnama.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hand-off to people ({@code rahnama.handoff.*}).
 *
 * @param chatId the Telegram group of caseworkers or volunteers who take over ({@code RAHNAMA_HANDOFF_CHATID}); unset:
 *               no hand-off, the bot says who can help nearby instead
 */
@ConfigurationProperties("rahnama.handoff")
public record HandoffProperties(Long chatId) {

    /** Whether a person writing from this channel can be handed to the team (its replies reach Telegram chats only). */
    public boolean offeredOn(String channel) {
        return chatId != null && "telegram".equals(channel);
    }
}
