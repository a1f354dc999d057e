package org.rahnama.contacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A position finds contacts outside the person's department (or, without one, at all) up to this far. */
    static final double NEARBY_KM = 60;
    /**
     * Services anyone may walk into, wherever they live: the nearest counts, across a department's border. The others
     * (prefecture, CAF, CPAM, Casnav...) serve the people of their department only.
     */
    private static final Set<String> OPEN_TO_ALL = Set.of("france-services", "food-aid", "pass", "health-centre",
            "digital-help", "association", "legal-aid");
    /** A shared position takes the department of a local office at most this far away. */
    private static final double DEPARTMENT_KM = 15;

    /** A degree of latitude is about 111 km everywhere: the band searched around a shared position. */
    private static final double KM_PER_DEGREE_OF_LATITUDE = 111.0;

    private final List<Contact> contacts;
    /** Local contacts by type and department served: a postcode's question reads one short list. */
    private final Map<String, List<Contact>> byTypeAndDepartment = new HashMap<>();
    /** Local contacts with coordinates by type, sorted by latitude: a position reads one band of them. */
    private final Map<String, List<Contact>> byTypeAndLatitude = new HashMap<>();
    private final Map<String, List<Contact>> nationalByType = new HashMap<>();
    /** Local offices (one department) with coordinates, sorted by latitude: where a shared position is. */
    private final List<Contact> officesByLatitude;

    @org.springframework.beans.factory.annotation.Autowired
    public ContactDirectory(DataFolders folders, ContactTypes types) {
        this(read(folders.knowledgeBase(), types.all()));
    }

    ContactDirectory(List<Contact> contacts) {
        this.contacts = List.copyOf(contacts);
        for (Contact c : this.contacts) {
            if (c.national()) {
                nationalByType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c);
                continue;
            }
            for (String department : c.departments()) {
                byTypeAndDepartment.computeIfAbsent(c.type() + '|' + department, k -> new ArrayList<>()).add(c);
            }
            if (c.hasCoordinates()) {
                byTypeAndLatitude.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c);
            }
        }
        byTypeAndLatitude.values().forEach(list -> list.sort(Comparator.comparingDouble(Contact::latitude)));
        byTypeAndDepartment.replaceAll((key, list) -> List.copyOf(list));
        byTypeAndLatitude.replaceAll((key, list) -> List.copyOf(list));
        nationalByType.replaceAll((key, list) -> List.copyOf(list));
        officesByLatitude = this.contacts.stream().filter(c -> c.hasCoordinates() && c.departments().size() == 1)
                .sorted(Comparator.comparingDouble(Contact::latitude)).toList();
        log.info("Contact directory: {} contacts", contacts.size());
    }

    /** A directory of the given contacts, for tools and benchmarks that do not read the knowledge base. */
    public static ContactDirectory of(List<Contact> contacts) {
        return new ContactDirectory(contacts);
    }

    /** Every contact file of a knowledge-base folder, as the directory reads them (tools and benchmarks). */
    public static List<Contact> read(DataFolder knowledgeBase, Set<String> knownTypes) {
        List<Contact> all = new ArrayList<>();
        try {
            for (String path : knowledgeBase.list(".csv")) {
                if (ContactFiles.isContactFile(path)) {
                    all.addAll(ContactFiles.parse(knowledgeBase.describe(path), knowledgeBase.read(path), knownTypes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /**
     * The contacts of each type, nearest first when the person's position is known (a shared location, or the
     * point of their postcode): those that serve the person's department, and for services open to all, any within
     * {@link #NEARBY_KM}; the national service or locator of the type when none is known.
     *
     * @param department the person's department code, or null when unknown
     * @param latitude   the person's position (shared, or their postcode's point), or null
     * @param perType    how many contacts of each type at most
     */
    public List<NearbyContact> find(List<String> types, String department, Double latitude, Double longitude, int perType) {
        boolean positioned = latitude != null && longitude != null;
        List<NearbyContact> found = new ArrayList<>();
        for (String type : types) {
            List<NearbyContact> local = new ArrayList<>();
            List<Contact> ofDepartment = department == null ? List.of() : byTypeAndDepartment.getOrDefault(type + '|' + department, List.of());
            for (Contact c : ofDepartment) {
                local.add(new NearbyContact(c, positioned && c.hasCoordinates()
                        ? Distances.km(latitude, longitude, c.latitude(), c.longitude()) : null, false));
            }
            if (positioned && (department == null || OPEN_TO_ALL.contains(type))) {
                for (Contact c : latitudeBand(byTypeAndLatitude.getOrDefault(type, List.of()), latitude, NEARBY_KM)) {
                    double distance = Distances.km(latitude, longitude, c.latitude(), c.longitude());
                    if (distance <= NEARBY_KM && (department == null || !c.departments().contains(department))) {
                        local.add(new NearbyContact(c, distance, false));
                    }
                }
            }
            if (local.isEmpty()) {
                national(type).stream().limit(perType).forEach(c -> found.add(new NearbyContact(c, null, true)));
                continue;
            }
            local.sort(Comparator.comparing(NearbyContact::distanceKm, Comparator.nullsLast(Comparator.naturalOrder())));
            found.addAll(local.subList(0, Math.min(perType, local.size())));
        }
        return found;
    }

    /** The contacts of a latitude-sorted list whose latitude is within {@code km} of a position's (a superset of those within km). */
    private static List<Contact> latitudeBand(List<Contact> sorted, double latitude, double km) {
        double degrees = km / KM_PER_DEGREE_OF_LATITUDE;
        return sorted.subList(firstAtOrAbove(sorted, latitude - degrees), firstAtOrAbove(sorted, latitude + degrees + 1e-9));
    }

    private static int firstAtOrAbove(List<Contact> sorted, double latitude) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).latitude() < latitude) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The department of the nearest local contact within a few kilometres of a position: a shared location is
     * kept only at that precision.
     */
    public java.util.Optional<String> departmentNear(double latitude, double longitude) {
        return latitudeBand(officesByLatitude, latitude, DEPARTMENT_KM).stream()
                .min(Comparator.comparingDouble(c -> Distances.km(latitude, longitude, c.latitude(), c.longitude())))
                .filter(c -> Distances.km(latitude, longitude, c.latitude(), c.longitude()) <= DEPARTMENT_KM)
                .map(c -> c.departments().getFirst());
    }

    /** A national service of the type (a helpline such as 3114), if the directory has one. */
    public List<Contact> national(String type) {
        return nationalByType.getOrDefault(type, List.of());
    }

    public List<Contact> all() {
        return contacts;
    }
}
