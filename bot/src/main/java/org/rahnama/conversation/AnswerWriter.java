package org.rahnama.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rahnama.contacts.ContactDirectory;
import org.rahnama.contacts.NearbyContact;
import org.rahnama.contacts.PostcodePlaces;
import org.rahnama.i18n.Translations;
import org.rahnama.knowledge.Answer;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.state.Session;
import org.springframework.stereotype.Component;

/** Turns a knowledge-base entry and the person's location into the texts, buttons and contacts of a reply. */
@Component
class AnswerWriter {

    private static final int CONTACTS_PER_TYPE = 2;
    private static final int CONTACT_TYPES_SHOWN = 3;
    private static final String FRANCE_SERVICES = "france-services";

    private final KnowledgeBase knowledgeBase;
    private final ContactDirectory directory;
    private final PostcodePlaces postcodes;
    private final ContactLines contactLines;
    private final Menus menus;
    private final AnswerFeedback feedback;
    private final Translations translations;

    AnswerWriter(KnowledgeBase knowledgeBase, ContactDirectory directory, PostcodePlaces postcodes, ContactLines contactLines,
                 Menus menus, AnswerFeedback feedback, Translations translations) {
        this.knowledgeBase = knowledgeBase;
        this.directory = directory;
        this.postcodes = postcodes;
        this.contactLines = contactLines;
        this.menus = menus;
        this.feedback = feedback;
        this.translations = translations;
    }

    /**
     * @param secondNeed another intent the message expressed, offered as a button, or null
     * @param forwarded  a caseworker's forward: the French version follows, ready to read to a colleague
     */
    Outcome entry(Session session, Language language, Answer answer, String secondNeed, boolean forwarded) {
        List<String> messages = new ArrayList<>();
        messages.add(summary(answer, language));
        List<NearbyContact> contacts = contacts(answer.entry().contacts(), session);
        messages.add(contactsText(language, contacts, session.department() != null));
        if (forwarded && language != Language.FR) {
            knowledgeBase.byId(answer.entry().id(), Language.FR).ifPresent(fr -> messages.add(
                    translations.get(Language.FR, "caseworker.french-version") + "\n\n" + summary(fr, Language.FR)));
        }
        List<Button> buttons = menus.afterAnswer(language, answer.text().details().isEmpty() ? null : answer.entry().id());
        if (secondNeed != null) {
            buttons.addFirst(menus.intent(language, secondNeed));
        }
        buttons.addAll(0, feedback.buttons(language, answer.entry().id()));
        return new Outcome(messages, buttons, false, contacts, answer.entry().mainIntent(), null, answer.entry().id(),
                answer.text().title(), session.withLastEntry(answer.entry().id()));
    }

    /** The short answer of an entry, with a note when it is not yet translated into the person's language. */
    String summary(Answer answer, Language language) {
        StringBuilder out = new StringBuilder();
        if (answer.translationMissing(language)) {
            out.append(translations.get(language, "answer.not-translated", Map.of("language", answer.shownIn().nativeName()))).append("\n\n");
        }
        out.append("**").append(answer.text().title()).append("**\n").append(answer.text().summary());
        return out.toString();
    }

    String details(Answer answer) {
        return "**" + answer.text().title() + "**\n" + answer.text().details();
    }

    /** Contacts of the given types near the person: ranked from their postcode's point when they gave one. */
    List<NearbyContact> contacts(List<String> types, Session session) {
        Optional<PostcodePlaces.Place> place = postcodes.of(session.postcode()).filter(PostcodePlaces.Place::hasPoint);
        return contacts(types, session.department(), place.map(PostcodePlaces.Place::latitude).orElse(null),
                place.map(PostcodePlaces.Place::longitude).orElse(null));
    }

    /**
     * Contacts of the given types for a department or position: local ones, else the national service or finder of
     * the type, and then the nearest France Services, which helps with every procedure.
     */
    List<NearbyContact> contacts(List<String> types, String department, Double latitude, Double longitude) {
        List<String> shown = types.stream().limit(CONTACT_TYPES_SHOWN).toList();
        List<NearbyContact> found = directory.find(shown, department, latitude, longitude, CONTACTS_PER_TYPE);
        boolean located = department != null || latitude != null;
        if (located && !shown.contains(FRANCE_SERVICES) && found.stream().allMatch(NearbyContact::fallback)) {
            List<NearbyContact> withOffices = new ArrayList<>(found);
            directory.find(List.of(FRANCE_SERVICES), department, latitude, longitude, CONTACTS_PER_TYPE).stream()
                    .filter(c -> !c.fallback()).forEach(withOffices::add);
            return withOffices;
        }
        return found;
    }

    /** The contacts section of a reply, or the invitation to send a postcode when no location is known. */
    String contactsText(Language language, List<NearbyContact> contacts, boolean located) {
        if (contacts.isEmpty()) {
            return translations.get(language, "contacts.none");
        }
        if (!located) {
            return translations.get(language, "contacts.ask-postcode");
        }
        // The first type's contacts come first: when they are only the national service, say so.
        boolean localKnown = !contacts.getFirst().fallback();
        return contactLines.write(language, contacts, localKnown);
    }

    List<ContactResult> results(List<NearbyContact> contacts) {
        return contactLines.results(contacts);
    }

}
