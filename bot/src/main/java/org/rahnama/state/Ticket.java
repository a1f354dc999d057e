package org.rahnama.state;

import org.rahnama.language.Language;

/**
 * A conversation between a person and the caseworkers' group. It holds what delivering the team's replies needs, and
 * nothing the person wrote.
 *
 * @param number   the ticket number shown in the group (never the person's id)
 * @param channel  the channel the person writes from
 * @param address  where the channel delivers to the person (a Telegram chat id); kept only while the ticket lives
 * @param person   the hashed key of the person, to find their session
 * @param language the person's language, for the bot's words around the team's replies
 */
public record Ticket(long number, String channel, String address, UserKey person, Language language) {
}
