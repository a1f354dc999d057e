package org.rahnama.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.rahnama.state.Ticket;
import org.rahnama.state.TicketStore;
import org.springframework.stereotype.Component;

/**
 * The caseworkers' side of the hand-off. A caseworker answers a person by replying, in the group, to one of the bot's
 * posts of that ticket; {@code /close N} (or {@code /close} in reply to a post) ends it. The team's words are passed on
 * as they are written, between the bot's words in the person's language; nothing of them is kept.
 */
@Component
public class TeamDesk {

    /** The ticket number at the start of each of the bot's posts: "🎫 #12 — ...". */
    private static final Pattern POST_TICKET = Pattern.compile("^🎫 #(\\d{1,18})\\b");
    private static final Pattern CLOSE = Pattern.compile("^/close(?:@\\w+)?(?:\\s+#?(\\d{1,18}))?\\s*$");

    private final TicketStore tickets;
    private final Translations translations;
    private final Menus menus;

    TeamDesk(TicketStore tickets, Translations translations, Menus menus) {
        this.tickets = tickets;
        this.translations = translations;
        this.menus = menus;
    }

    /**
     * What a message in the caseworkers' group calls for.
     *
     * @param text        what the caseworker wrote
     * @param repliedPost the text of the bot's post the caseworker replied to, or null
     */
    public Optional<Delivery> read(String text, String repliedPost) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> replied = ticketOf(repliedPost);
        Matcher close = CLOSE.matcher(text.strip());
        if (close.matches()) {
            Optional<Long> number = close.group(1) != null ? Optional.of(Long.parseLong(close.group(1))) : replied;
            return number.map(this::close);
        }
        return replied.map(number -> tickets.find(number)
                .map(ticket -> forward(ticket, text.strip()))
                .orElseGet(() -> Delivery.noteOnly("🎫 #" + number + " est fermé ou a expiré : le message n'a pas été transmis.")));
    }

    private Delivery forward(Ticket ticket, String text) {
        Language language = ticket.language();
        String message = translations.get(language, "handoff.from-team", Map.of("ticket", ticket.number())) + "\n\n" + text;
        return new Delivery(Optional.of(ticket), Optional.of(reply(language, message,
                List.of(new Button(translations.get(language, "button.team-end"), Actions.TEAM_END)))), null);
    }

    private Delivery close(long number) {
        Optional<Ticket> ticket = tickets.find(number);
        if (ticket.isEmpty() || !tickets.close(number)) {
            return Delivery.noteOnly("🎫 #" + number + " était déjà fermé ou a expiré.");
        }
        Language language = ticket.get().language();
        Reply closed = reply(language, translations.get(language, "handoff.closed", Map.of("ticket", number)), menus.themes(language));
        return new Delivery(ticket, Optional.of(closed), "🎫 #" + number + " — ticket fermé. La personne a été prévenue.");
    }

    private static Reply reply(Language language, String message, List<Button> buttons) {
        AskResult result = new AskResult(language.code(), null, null, null, false, null, null, PlainText.of(message), List.of());
        return new Reply(List.of(message), buttons, language, result, false, List.of());
    }

    static Optional<Long> ticketOf(String post) {
        if (post == null) {
            return Optional.empty();
        }
        Matcher m = POST_TICKET.matcher(post);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /**
     * @param ticket   the ticket, when the person is to receive something
     * @param toPerson what the person receives (at the ticket's address), when anything
     * @param toTeam   a note for the group, or null
     */
    public record Delivery(Optional<Ticket> ticket, Optional<Reply> toPerson, String toTeam) {

        static Delivery noteOnly(String note) {
            return new Delivery(Optional.empty(), Optional.empty(), note);
        }
    }
}
