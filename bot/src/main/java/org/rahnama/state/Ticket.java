package org.rahnama.state;

import org.rahnama.language.Language;

/**
 * A conversation between a person and the caseworkers' group. It holds what delivering the team's replies needs, and
 * nothing the person wrote.
 *
 * @param number   the ticket number shown in the group (never the person's id)
 * @param address  the Telegram chat the team's replies go to; kept only while the ticket lives
 * @param language the person's language, for the bot's words around the team's replies
 */
public record Ticket(long number, String address, Language language) {
}
