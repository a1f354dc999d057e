package org.rahnama.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rahnama.contacts.ContactDirectory;
import org.rahnama.contacts.NearbyContact;
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

    private final KnowledgeBase knowledgeBase;
    private final ContactDirectory directory;
    private final ContactLines contactLines;
    private final Menus menus;
    private final Translations translations;

    AnswerWriter(KnowledgeBase knowledgeBase, ContactDirectory directory, ContactLines contactLines, Menus menus,
                 Translations translations) {
        this.knowledgeBase = knowledgeBase;
        this.directory = directory;
        this.contactLines = contactLines;
        this.menus = menus;
        this.translations = translations;
    }

    /** What an answer from an entry adds to a reply. */
    record Parts(List<String> messages, List<Button> buttons, List<NearbyContact> contacts, Session session) {
    }

    /**
     * @param secondNeed another intent the message expressed, offered as a button, or null
     * @param forwarded  a caseworker's forward: the French version follows, ready to read to a colleague
     */
    Parts entry(Session session, Language language, Answer answer, String secondNeed, boolean forwarded) {
        List<String> messages = new ArrayList<>();
        messages.add(summary(answer, language));
        List<NearbyContact> contacts = contacts(answer.entry().contacts(), session.department(), null, null);
        messages.add(contactsText(language, contacts, session.department() != null));
        if (forwarded && language != Language.FR) {
            knowledgeBase.byId(answer.entry().id(), Language.FR).ifPresent(fr -> messages.add(
                    translations.get(Language.FR, "caseworker.french-version") + "\n\n" + summary(fr, Language.FR)));
        }
        List<Button> buttons = menus.afterAnswer(language, answer.text().details().isEmpty() ? null : answer.entry().id());
        if (secondNeed != null) {
            buttons.addFirst(menus.intent(language, secondNeed));
        }
        return new Parts(messages, buttons, contacts, session.withLastAnswer(answer.entry().mainIntent(), answer.entry().id()));
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

    /** Contacts of the given types for a department or position: local ones, else the national service of the type. */
    List<NearbyContact> contacts(List<String> types, String department, Double latitude, Double longitude) {
        List<String> shown = types.stream().limit(CONTACT_TYPES_SHOWN).toList();
        return directory.find(shown, department, latitude, longitude, CONTACTS_PER_TYPE);
    }

    /** The contacts section of a reply, or the invitation to send a postcode when no location is known. */
    String contactsText(Language language, List<NearbyContact> contacts, boolean located) {
        if (contacts.isEmpty()) {
            return translations.get(language, "contacts.none");
        }
        if (!located) {
            return translations.get(language, "contacts.ask-postcode");
        }
        boolean localKnown = contacts.stream().anyMatch(c -> !c.fallback());
        return contactLines.write(language, contacts, localKnown);
    }

    List<ContactResult> results(List<NearbyContact> contacts) {
        return contactLines.results(contacts);
    }
}
