package org.rahnama.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rahnama.i18n.Translations;
import org.rahnama.intent.IntentPrediction;
import org.rahnama.language.Language;
import org.rahnama.state.Session;
import org.rahnama.state.Ticket;
import org.rahnama.state.TicketStore;
import org.springframework.stereotype.Component;

/**
 * The person's side of the hand-off to the caseworkers' group: the offer (what the team sees and does not see), the
 * explicit yes, then every message the person writes goes to the group under a ticket number until either side ends
 * it. Nothing is sent before the yes; the group sees the text, its language and the bot's guess of the topic, in
 * French, never a name, user id or phone number.
 */
@Component
class TeamHandoff {

    private static final Map<Language, String> FRENCH_NAMES = Map.of(Language.AR, "arabe", Language.PS, "pachto",
            Language.PRS, "dari", Language.TI, "tigrigna", Language.EN, "anglais", Language.FR, "français");

    private final HandoffProperties properties;
    private final TicketStore tickets;
    private final Translations translations;
    private final Menus menus;

    TeamHandoff(HandoffProperties properties, TicketStore tickets, Translations translations, Menus menus) {
        this.properties = properties;
        this.tickets = tickets;
        this.translations = translations;
        this.menus = menus;
    }

    boolean offeredOn(String channel) {
        return properties.offeredOn(channel);
    }

    Outcome offer(Session session, Language language) {
        return Outcome.say(session, List.of(translations.get(language, "handoff.offer")), List.of(
                new Button(translations.get(language, "button.team-yes"), Actions.TEAM_YES),
                new Button(translations.get(language, "button.team-no"), Actions.TEAM_NO)));
    }

    /** The yes: the next message goes to the team, on the ticket already open if there is one. */
    Outcome accept(Session session, Language language) {
        Session next = ticket(session).isPresent() ? session : session.withTicket(Session.TICKET_WANTED);
        return Outcome.say(next.withLanguage(language), List.of(translations.get(language, "handoff.write")), List.of());
    }

    /** The no: nothing is sent; a ticket already open stays open (an old offer's button must not orphan it). */
    Outcome decline(Session session, Language language) {
        Session next = Session.TICKET_WANTED.equals(session.ticket()) ? session.withTicket(null) : session;
        return Outcome.say(next, List.of(translations.get(language, "handoff.declined")), menus.themes(language));
    }

    /**
     * A message written while the person talks with the team: posted to the group, a ticket opened for the first one.
     * Empty when the ticket is no longer open (closed by the team, expired): the message is then a question for the bot.
     *
     * @param crisis whether the crisis check found something (the helplines go first in the reply; the team is told)
     */
    Optional<Outcome> relay(Session session, String address, Language language, String text, IntentPrediction guess,
                            boolean crisis) {
        String warning = crisis ? "⚠️ Message de crise : le bot a donné les numéros d'urgence.\n" : "";
        if (Session.TICKET_WANTED.equals(session.ticket())) {
            Ticket ticket = tickets.open(address, language);
            String post = "🎫 #" + ticket.number() + " — nouvelle demande\n"
                    + "Langue : " + FRENCH_NAMES.get(language) + " (" + language.code() + ")\n"
                    + "Sujet probable : " + translations.get(Language.FR, "intent." + guess.intent()) + " (" + guess.intent()
                    + ", confiance " + Math.round(guess.confidence() * 100) + " %)\n" + warning + "\n" + text + "\n\n"
                    + "Répondez à ce message pour écrire à la personne. Pour fermer : /close " + ticket.number();
            return Optional.of(posted(session.withTicket(Long.toString(ticket.number())), language, "handoff.sent", ticket.number(), post));
        }
        Optional<Ticket> open = ticket(session);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        long number = open.get().number();
        String post = "🎫 #" + number + " — message de la personne :\n" + warning + "\n" + text;
        return Optional.of(posted(session, language, "handoff.relayed", number, post));
    }

    private Outcome posted(Session session, Language language, String key, long number, String post) {
        return Outcome.say(session, List.of(translations.get(language, key, Map.of("ticket", number))),
                List.of(new Button(translations.get(language, "button.team-end"), Actions.TEAM_END))).postingToTeam(List.of(post));
    }

    /** The person ends the conversation with the team. */
    Outcome end(Session session, Language language) {
        Outcome ended = Outcome.say(session.withTicket(null), List.of(translations.get(language, "handoff.ended")), menus.themes(language));
        return ticket(session).filter(t -> tickets.close(t.number()))
                .map(t -> ended.postingToTeam(List.of("🎫 #" + t.number() + " — la personne a fini la conversation. Ticket fermé.")))
                .orElse(ended);
    }

    /** {@code /forget}: an open ticket is closed, and the group told why its replies will no longer arrive. */
    List<String> forget(Session session) {
        return ticket(session).filter(t -> tickets.close(t.number()))
                .map(t -> List.of("🎫 #" + t.number() + " — la personne a demandé d'effacer ses données. Ticket fermé."))
                .orElse(List.of());
    }

    private Optional<Ticket> ticket(Session session) {
        String value = session.ticket();
        if (value == null || !value.chars().allMatch(Character::isDigit) || value.isEmpty() || value.length() > 18) {
            return Optional.empty();
        }
        return tickets.find(Long.parseLong(value));
    }
}
