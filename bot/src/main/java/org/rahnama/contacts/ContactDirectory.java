package org.rahnama.contacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.rahnama.data.DataFolder;
import org.rahnama.data.DataFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where to go: the contacts of a type that serve a person's department, nearest first when coordinates are
 * known, else the national service or official locator for that type, never a made-up one.
 */
@Component
public class ContactDirectory {

    private static final Logger log = LoggerFactory.getLogger(ContactDirectory.class);

    /** Without a department, a shared position finds contacts up to this far. */
    static final double NEARBY_KM = 60;

    private final List<Contact> contacts;

    @org.springframework.beans.factory.annotation.Autowired
    public ContactDirectory(DataFolders folders, ContactTypes types) {
        this(read(folders.knowledgeBase(), types.all()));
    }

    ContactDirectory(List<Contact> contacts) {
        this.contacts = List.copyOf(contacts);
        log.info("Contact directory: {} contacts", contacts.size());
    }

    static List<Contact> read(DataFolder knowledgeBase, Set<String> knownTypes) {
        List<Contact> all = new ArrayList<>();
        try {
            for (String path : knowledgeBase.list(".csv")) {
                if (path.startsWith("contacts/") && !path.endsWith("academies.csv")) {
                    all.addAll(ContactFiles.parse(knowledgeBase.describe(path), knowledgeBase.read(path), knownTypes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /**
     * @param department the person's department code, or null when unknown
     * @param latitude   the person's position when shared, or null
     * @param perType    how many contacts of each type at most
     */
    public List<NearbyContact> find(List<String> types, String department, Double latitude, Double longitude, int perType) {
        List<NearbyContact> found = new ArrayList<>();
        for (String type : types) {
            List<NearbyContact> local = new ArrayList<>();
            for (Contact c : contacts) {
                if (!c.type().equals(type) || c.national()) {
                    continue;
                }
                Double distance = latitude != null && longitude != null && c.hasCoordinates()
                        ? Distances.km(latitude, longitude, c.latitude(), c.longitude()) : null;
                boolean serves = department != null ? c.departments().contains(department)
                        : distance != null && distance <= NEARBY_KM;
                if (serves) {
                    local.add(new NearbyContact(c, distance, false));
                }
            }
            if (local.isEmpty()) {
                contacts.stream().filter(c -> c.type().equals(type) && c.national())
                        .limit(perType).forEach(c -> found.add(new NearbyContact(c, null, true)));
                continue;
            }
            local.sort(Comparator.comparing(NearbyContact::distanceKm, Comparator.nullsLast(Comparator.naturalOrder())));
            found.addAll(local.subList(0, Math.min(perType, local.size())));
        }
        return found;
    }

    /**
     * The department of the nearest local contact within a few kilometres of a position: a shared location is
     * kept only at that precision.
     */
    public java.util.Optional<String> departmentNear(double latitude, double longitude) {
        return contacts.stream().filter(c -> c.hasCoordinates() && c.departments().size() == 1)
                .min(Comparator.comparingDouble(c -> Distances.km(latitude, longitude, c.latitude(), c.longitude())))
                .filter(c -> Distances.km(latitude, longitude, c.latitude(), c.longitude()) <= 15)
                .map(c -> c.departments().getFirst());
    }

    /** A national service of the type (a helpline such as 3114), if the directory has one. */
    public List<Contact> national(String type) {
        return contacts.stream().filter(c -> c.type().equals(type) && c.national()).toList();
    }

    public List<Contact> all() {
        return contacts;
    }
}
