package org.rahnama.conversation;

import java.util.List;

/**
 * The commands a person can type, in the order menus show them. {@link Conversation} answers each; Telegram's
 * command menu and the terminal's help line are built from this list, with the descriptions of
 * {@code translations/*.yaml} under {@code command.<name>}.
 */
public final class Commands {

    public static final List<String> NAMES = List.of("start", "menu", "language", "location", "help", "privacy", "forget");

    private Commands() {
    }
}
