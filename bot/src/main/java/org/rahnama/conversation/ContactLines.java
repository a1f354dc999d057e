package org.rahnama.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rahnama.contacts.Contact;
import org.rahnama.contacts.NearbyContact;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.stereotype.Component;

/** Writes contacts for a phone screen and for JSON, without adding anything the directory does not say. */
@Component
class ContactLines {

    private final Translations translations;

    ContactLines(Translations translations) {
        this.translations = translations;
    }

    String typeName(Language language, String type) {
        String key = "contact." + type;
        return translations.has(key) ? translations.get(language, key) : type;
    }

    /** Markdown lines for a list of contacts, saying so when a type is only covered nationally. */
    String write(Language language, List<NearbyContact> contacts, boolean localKnown) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(translations.get(language, "contacts.title")).append("**");
        if (!localKnown) {
            out.append('\n').append(translations.get(language, "contacts.no-local"));
        }
        for (NearbyContact nearby : contacts) {
            Contact c = nearby.contact();
            out.append("\n\n").append("• **").append(typeName(language, c.type())).append("**: ").append(c.name());
            if (c.address() != null) {
                out.append('\n').append(c.address());
                if (c.postcode() != null || c.commune() != null) {
                    out.append(", ").append(nonNull(c.postcode())).append(' ').append(nonNull(c.commune()));
                }
            }
            if (nearby.distanceKm() != null) {
                out.append(" (").append(String.format(Locale.ROOT, "%.1f km", nearby.distanceKm())).append(')');
            }
            if (c.phone() != null) {
                out.append("\n☎ ").append(c.phone());
            }
            if (c.hours() != null) {
                out.append("\n🕘 ").append(c.hours());
            }
            if (c.website() != null) {
                out.append('\n').append(c.website());
            }
        }
        return out.toString();
    }

    List<ContactResult> results(List<NearbyContact> contacts) {
        List<ContactResult> results = new ArrayList<>();
        for (NearbyContact nearby : contacts) {
            Contact c = nearby.contact();
            String address = c.address() == null ? null
                    : (c.address() + (c.postcode() != null ? ", " + c.postcode() : "") + (c.commune() != null ? " " + c.commune() : "")).strip();
            results.add(new ContactResult(c.type(), c.name(), address, c.phone(), c.website(), c.source(), c.checked(),
                    nearby.distanceKm(), nearby.fallback()));
        }
        return results;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
