package org.rahnama.conversation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rahnama.contacts.Contact;
import org.rahnama.contacts.ContactDirectory;
import org.rahnama.contacts.NearbyContact;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.rahnama.safety.CrisisKind;
import org.springframework.stereotype.Component;

/**
 * The first message to someone in danger: a warm line, the right free numbers for each kind of danger,
 * and that they work without credit and with an interpreter. Built only from the national helplines of the
 * contact directory, loaded at startup, so it never depends on the knowledge base or Redis.
 */
@Component
class SafetyReplies {

    private static final Map<CrisisKind, List<String>> HELPLINES = new EnumMap<>(Map.of(
            CrisisKind.SUICIDE, List.of("helpline-3114", "samu-15", "emergency-112"),
            CrisisKind.EMERGENCY, List.of("emergency-112", "samu-15", "police", "firefighters-18", "sms-114"),
            CrisisKind.VIOLENCE, List.of("helpline-3919", "police", "sms-114"),
            CrisisKind.CHILD, List.of("helpline-119", "police"),
            CrisisKind.SHELTER, List.of("emergency-shelter-115")));

    private final Translations translations;
    private final ContactDirectory directory;
    private final ContactLines contactLines;

    SafetyReplies(Translations translations, ContactDirectory directory, ContactLines contactLines) {
        this.translations = translations;
        this.directory = directory;
        this.contactLines = contactLines;
    }

    /** The helplines for the kinds, most urgent first, each once. */
    List<NearbyContact> helplines(List<CrisisKind> kinds) {
        Set<String> types = new LinkedHashSet<>();
        kinds.forEach(kind -> types.addAll(HELPLINES.get(kind)));
        List<NearbyContact> found = new ArrayList<>();
        for (String type : types) {
            for (Contact contact : directory.national(type)) {
                found.add(new NearbyContact(contact, null, true));
            }
        }
        return found;
    }

    String write(Language language, List<CrisisKind> kinds) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(translations.get(language, "safety." + kinds.getFirst().id())).append("**");
        for (NearbyContact helpline : helplines(kinds)) {
            Contact c = helpline.contact();
            String number = c.phone() != null ? c.phone() : c.name();
            String what = contactLines.typeName(language, c.type());
            // Helpline names already start with their number ("3114: ..."); say it once, in bold.
            String description = what.startsWith(number) ? what.substring(number.length()).replaceFirst("^\\s*[:：]\\s*", "") : what;
            out.append("\n📞 **").append(number).append("**: ").append(description);
        }
        out.append("\n\n").append(translations.get(language, "safety.free"));
        return out.toString();
    }
}
