package org.rahnama.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rahnama.contacts.Contact;
import org.rahnama.contacts.NearbyContact;
import org.rahnama.contacts.OpeningHours;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.stereotype.Component;

/** Writes contacts for a phone screen and for JSON, without adding anything the directory does not say. */
@Component
class ContactLines {

    /** The official map of every France Services office, for more than the nearest few. */
    static final String FRANCE_SERVICES_MAP = "https://anct-carto.github.io/france_services/";

    private final Translations translations;
    private final Clock clock;

    ContactLines(Translations translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
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
        String franceServicesData = null;
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
            if (c.mobile() != null) {
                out.append("\n🚌 ").append(translations.get(language, "contacts.mobile-" + c.mobile()));
            }
            if (c.phone() != null) {
                out.append("\n☎ ").append(c.phone());
            }
            if (c.hours() != null) {
                out.append("\n🕘 ").append(today(language, c.hours()));
            }
            if (c.appointment() != null) {
                out.append("\n📅 ").append(translations.get(language, c.appointment() ? "contacts.appointment-yes" : "contacts.appointment-no"));
            }
            if (c.website() != null) {
                out.append('\n').append(c.website());
            }
            if (c.type().equals("france-services") && !nearby.fallback()) {
                franceServicesData = c.checked();
            }
        }
        if (franceServicesData != null) {
            out.append("\n\n").append(translations.get(language, "contacts.france-services-list",
                    Map.of("date", franceServicesData.substring(5, 7) + "/" + franceServicesData.substring(0, 4), "url", FRANCE_SERVICES_MAP)));
        }
        return out.toString();
    }

    /** Today's opening hours in the person's language, or that the place is closed today. */
    private String today(Language language, String hours) {
        if (!OpeningHours.compact(hours)) {
            return hours;
        }
        return OpeningHours.on(hours, LocalDate.now(clock).getDayOfWeek())
                .map(ranges -> translations.get(language, "contacts.open-today", Map.of("hours", ranges.replace(",", ", "))))
                .orElseGet(() -> translations.get(language, "contacts.closed-today"));
    }

    List<ContactResult> results(List<NearbyContact> contacts) {
        List<ContactResult> results = new ArrayList<>();
        for (NearbyContact nearby : contacts) {
            Contact c = nearby.contact();
            String address = c.address() == null ? null
                    : (c.address() + (c.postcode() != null ? ", " + c.postcode() : "") + (c.commune() != null ? " " + c.commune() : "")).strip();
            results.add(new ContactResult(c.type(), c.name(), address, c.phone(), c.website(), c.source(), c.checked(),
                    nearby.distanceKm() == null ? null : Math.round(nearby.distanceKm() * 10) / 10.0, c.hours(), c.appointment(),
                    c.mobile(), nearby.fallback()));
        }
        return results;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
