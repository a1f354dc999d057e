package org.rahnama.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param logText log the text of messages ({@code rahnama.privacy.log-text}, {@code RAHNAMA_PRIVACY_LOGTEXT}). Off by
 *                default. WARNING: messages can reveal health, asylum, violence; turn it on only to debug on a test
 *                bot, never in production.
 */
@ConfigurationProperties("rahnama.privacy")
public record PrivacyProperties(boolean logText) {
}
