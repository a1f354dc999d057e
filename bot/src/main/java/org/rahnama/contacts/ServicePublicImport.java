package org.rahnama.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service-public.fr local services directory (DILA, "Annuaire de l'administration"): a JSON {@code service[]}
 * whose {@code pivot[].type_service_local} says what each office is. Types we do not direct people to are skipped.
 */
final class ServicePublicImport {

    /** service-public.fr type → our contact type. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("mairie", "mairie"), Map.entry("caf", "caf"), Map.entry("cpam", "cpam"), Map.entry("ccas", "ccas"),
            Map.entry("mission_locale", "mission-locale"), Map.entry("pole_emploi", "france-travail"),
            Map.entry("france_travail", "france-travail"), Map.entry("msap", "france-services"),
            Map.entry("france_services", "france-services"), Map.entry("prefecture", "prefecture"),
            Map.entry("sous_pref", "prefecture"), Map.entry("cio", "cio"), Map.entry("pmi", "pmi"),
            Map.entry("cap_emploi", "cap-emploi"));
    private static final List<String> DAYS_FR = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    private ServicePublicImport() {
    }

    static ContactImporter.Imported read(String content, String department, String source, String checked) {
        JsonNode root = JsonMapper.builder().build().readTree(content);
        JsonNode services = root.isArray() ? root : root.path("service");
        List<Contact> contacts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (JsonNode service : services) {
            String type = null;
            for (JsonNode pivot : service.path("pivot")) {
                type = TYPES.get(pivot.path("type_service_local").asString(""));
                if (type != null) {
                    break;
                }
            }
            String name = text(service, "nom");
            if (type == null || name == null) {
                continue;
            }
            JsonNode address = firstAddress(service.path("adresse"));
            String postcode = address == null ? null : text(address, "code_postal");
            String dep = postcode == null ? null : Postcodes.department(postcode).orElse(null);
            if (dep == null) {
                skipped.add(name + ": no postcode");
                continue;
            }
            if (department != null && !department.equals(dep)) {
                continue;
            }
            String street = address == null ? null : String.join(" ", java.util.stream.Stream.of(text(address, "numero_voie"),
                    text(address, "complement1")).filter(java.util.Objects::nonNull).toList());
            contacts.add(new Contact(type, name, street == null || street.isBlank() ? null : street, postcode,
                    text(address, "nom_commune"), List.of(dep), number(address, "latitude"), number(address, "longitude"),
                    first(service.path("telephone"), "valeur"), firstText(service.path("adresse_courriel")),
                    first(service.path("site_internet"), "valeur"), hours(service.path("plage_ouverture")), null,
                    service.has("id") ? source + " (" + service.path("id").asString() + ")" : source, checked, null, null));
        }
        return new ContactImporter.Imported(contacts, skipped);
    }

    private static JsonNode firstAddress(JsonNode addresses) {
        JsonNode first = null;
        for (JsonNode a : addresses) {
            if (first == null) {
                first = a;
            }
            if ("Adresse".equalsIgnoreCase(a.path("type_adresse").asString(""))) {
                return a;
            }
        }
        return first;
    }

    /** plage_ouverture: [{nom_jour_debut, nom_jour_fin, valeur_heure_debut_1, valeur_heure_fin_1, ..._2}] */
    private static String hours(JsonNode ranges) {
        List<String> perDay = new ArrayList<>(java.util.Collections.nCopies(7, ""));
        for (JsonNode range : ranges) {
            int from = DAYS_FR.indexOf(range.path("nom_jour_debut").asString("").toLowerCase());
            int to = DAYS_FR.indexOf(range.path("nom_jour_fin").asString(range.path("nom_jour_debut").asString("")).toLowerCase());
            if (from < 0) {
                continue;
            }
            String hours = String.join(",", List.of(slot(range, 1), slot(range, 2)).stream().filter(s -> !s.isEmpty()).toList());
            for (int d = from; d <= Math.max(from, to); d++) {
                perDay.set(d, hours);
            }
        }
        return FranceServicesImport.empty(OpeningHours.week(perDay));
    }

    private static String slot(JsonNode range, int n) {
        String start = range.path("valeur_heure_debut_" + n).asString("");
        String end = range.path("valeur_heure_fin_" + n).asString("");
        return start.length() >= 5 && end.length() >= 5 ? start.substring(0, 5) + "-" + end.substring(0, 5) : "";
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        String value = node.path(field).asString("").strip();
        return value.isEmpty() ? null : value;
    }

    private static Double number(JsonNode node, String field) {
        return node == null ? null : FranceServicesImport.number(text(node, field));
    }

    private static String first(JsonNode array, String field) {
        for (JsonNode item : array) {
            String value = text(item, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String firstText(JsonNode array) {
        for (JsonNode item : array) {
            String value = item.isString() ? item.asString().strip() : null;
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
