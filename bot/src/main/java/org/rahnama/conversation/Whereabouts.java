package org.rahnama.conversation;

import java.util.List;
import java.util.Optional;
import org.rahnama.contacts.ContactDirectory;
import org.rahnama.contacts.NearbyContact;
import org.rahnama.contacts.PlaceNames;
import org.rahnama.contacts.PostcodePlaces;
import org.rahnama.contacts.Postcodes;
import org.rahnama.i18n.Translations;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.state.Session;
import org.springframework.stereotype.Component;

/**
 * Where the person is, and what is near: a postcode, a typed commune or department, a shared location, and the
 * contacts of the last answer for that place. A shared position is used for one reply only; the session keeps a
 * postcode or a department.
 */
@Component
class Whereabouts {

    /** Postcodes of one typed name this close together are one town ("Lyon"): no need to ask which. */
    private static final double SAME_TOWN_KM = 15;
    private static final int CHOICES = 6;

    private final PostcodePlaces postcodes;
    private final PlaceNames placeNames;
    private final ContactDirectory directory;
    private final KnowledgeBase knowledgeBase;
    private final AnswerWriter writer;
    private final Menus menus;
    private final Translations translations;

    Whereabouts(PostcodePlaces postcodes, PlaceNames placeNames, ContactDirectory directory, KnowledgeBase knowledgeBase,
                AnswerWriter writer, Menus menus, Translations translations) {
        this.postcodes = postcodes;
        this.placeNames = placeNames;
        this.directory = directory;
        this.knowledgeBase = knowledgeBase;
        this.writer = writer;
        this.menus = menus;
        this.translations = translations;
    }

    /** The session located at a postcode a channel passed along (the API's field, {@code ask --postcode}); unchanged when unknown. */
    Session at(Session session, String postcode) {
        return postcodes.of(postcode).map(p -> session.withLocation(p.postcode(), p.department())).orElse(session);
    }

    /**
     * A reply when the text is a postcode or the name of a place, else empty. A commune that shares its name with a
     * word the bot understands ("École", "Angoisse") is left to the question answerer.
     */
    Optional<Outcome> typed(Session session, String text, Language language, java.util.function.BooleanSupplier readsAsQuestion) {
        if (Postcodes.isPostcode(text)) {
            return Optional.of(postcode(session, text.strip(), language));
        }
        List<PostcodePlaces.Place> communes = postcodes.named(text);
        List<String> departments = placeNames.departments(text);
        if ((!communes.isEmpty() || !departments.isEmpty()) && readsAsQuestion.getAsBoolean()) {
            return Optional.empty();
        }
        if (!communes.isEmpty()) {
            PostcodePlaces.Place first = communes.getFirst();
            if (communes.stream().allMatch(p -> sameTown(p, first))) {
                return Optional.of(located(session.withLocation(first.postcode(), first.department()), language));
            }
            List<Button> choices = communes.stream().limit(CHOICES)
                    .map(p -> new Button(p.label(), Actions.of(Actions.POSTCODE, p.postcode()))).toList();
            return Optional.of(simple(session, language, "reply.which-place", choices));
        }
        if (departments.size() == 1) {
            return Optional.of(located(session.withLocation(null, departments.getFirst()), language));
        }
        if (departments.size() > 1) {
            List<Button> choices = departments.stream()
                    .map(d -> new Button(placeNames.describe(d), Actions.of(Actions.DEPARTMENT, d.toLowerCase()))).toList();
            return Optional.of(simple(session, language, "reply.which-place", choices));
        }
        return Optional.empty();
    }

    private static boolean sameTown(PostcodePlaces.Place a, PostcodePlaces.Place b) {
        return a.department().equals(b.department()) && a.hasPoint() && b.hasPoint()
                && org.rahnama.contacts.Distances.km(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= SAME_TOWN_KM;
    }

    Outcome postcode(Session session, String postcode, Language language) {
        return postcodes.of(postcode)
                .map(p -> located(session.withLocation(p.postcode(), p.department()), language))
                .orElseGet(() -> simple(session, language, "reply.postcode-unknown", List.of()));
    }

    /** A department button ("which Saint-Denis?"). */
    Outcome department(Session session, String department, Language language) {
        return placeNames.describe(department).equals(department)
                ? simple(session, language, "reply.ask-location", List.of())
                : located(session.withLocation(null, department), language);
    }

    /** After a postcode or a place name: the contacts of the last answer, or an invitation to ask. */
    private Outcome located(Session located, Language language) {
        if (located.lastEntry() != null) {
            return contacts(located, language);
        }
        return simple(located, language, "reply.postcode-saved", menus.themes(language));
    }

    Outcome contacts(Session session, Language language) {
        if (session.department() == null) {
            return Outcome.say(session, List.of(translations.get(language, "reply.ask-location")), List.of()).askingLocation();
        }
        List<NearbyContact> found = writer.contacts(contactTypesOfLastAnswer(session, language), session);
        return Outcome.withContacts(session, List.of(writer.contactsText(language, found, true)), menus.afterAnswer(language, null), found);
    }

    Outcome location(Session session, Double latitude, Double longitude, Language language) {
        if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            return simple(session, language, "reply.ask-location", List.of());
        }
        List<String> types = contactTypesOfLastAnswer(session, language);
        Session located = directory.departmentNear(latitude, longitude).map(d -> session.withLocation(null, d)).orElse(session);
        List<NearbyContact> found = writer.contacts(types, located.department(), latitude, longitude);
        boolean anyLocal = found.stream().anyMatch(c -> !c.fallback());
        String text = anyLocal || located.department() != null
                ? writer.contactsText(language, found, true) : translations.get(language, "reply.location-unknown");
        return Outcome.withContacts(located, List.of(text), menus.afterAnswer(language, null), found);
    }

    /** The contact types of the entry last shown; France Services, which orients for everything, before any. */
    private List<String> contactTypesOfLastAnswer(Session session, Language language) {
        return Optional.ofNullable(session.lastEntry()).flatMap(id -> knowledgeBase.byId(id, language))
                .map(a -> a.entry().contacts()).orElse(List.of("france-services"));
    }

    private Outcome simple(Session session, Language language, String key, List<Button> buttons) {
        return Outcome.say(session, List.of(translations.get(language, key)), buttons);
    }
}
