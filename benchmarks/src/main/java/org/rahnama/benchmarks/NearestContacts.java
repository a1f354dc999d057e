package org.rahnama.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rahnama.contacts.Contact;
import org.rahnama.contacts.ContactDirectory;
import org.rahnama.contacts.PostcodePlaces;
import org.rahnama.contacts.ContactTypes;
import org.rahnama.data.DataFolder;
import org.rahnama.data.DataFolders;
import org.rahnama.data.DataProperties;
import org.rahnama.intent.IntentTaxonomy;

/**
 * Nearest-contact search over the shipped directory (2,845 France Services and the hand-made files) plus a synthetic
 * national one (default 50,000 contacts of 15 types spread over metropolitan France): latency of a postcode's question
 * (department and the postcode's point known, offices ranked by distance), of a shared position (nearest within 60 km)
 * and of turning a position into a department.
 */
public final class NearestContacts {

    private static final String[] TYPES = {"france-services", "cmp", "ccas", "caf", "cpam", "france-travail",
        "mission-locale", "pass", "legal-aid", "food-aid", "association", "prefecture", "pmi", "cio", "casnav"};
    private static final int WARMUP = 50_000;
    private static final int MEASURED = 200_000;

    private NearestContacts() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Random random = new Random(7);
        DataFolders folders = new DataFolders(new DataProperties("knowledge-base", "nlp-models", "translations", null));
        DataFolder knowledgeBase = folders.knowledgeBase();
        List<Contact> contacts = new ArrayList<>(ContactDirectory.read(knowledgeBase, new ContactTypes(folders, new IntentTaxonomy(folders)).all()));
        int shipped = contacts.size();
        List<PostcodePlaces.Place> places = new ArrayList<>();
        PostcodePlaces postcodes = new PostcodePlaces(knowledgeBase);
        contacts.stream().map(Contact::postcode).distinct().forEach(p -> postcodes.of(p).filter(PostcodePlaces.Place::hasPoint).ifPresent(places::add));
        for (int i = 0; i < size; i++) {
            double latitude = 42.4 + random.nextDouble() * 8.6;
            double longitude = -4.7 + random.nextDouble() * 12.8;
            contacts.add(new Contact(TYPES[random.nextInt(TYPES.length)], "Contact " + i, i + " rue de la Gare",
                    "75001", "Commune " + i, List.of(department(random)), latitude, longitude, "01 00 00 00 00",
                    null, null, null, null, "https://example.org/synthetic", "2026-12-04", null, null));
        }
        long start = System.nanoTime();
        ContactDirectory directory = ContactDirectory.of(contacts);
        System.out.printf("%,d shipped + %,d synthetic contacts, directory built in %.0f ms; %,d postcodes of offices as query points%n",
                shipped, size, (System.nanoTime() - start) / 1e6, places.size());
        System.out.println("| query | p50 µs | p99 µs | max µs |");
        System.out.println("|---|---|---|---|");
        measure("postcode (department and point known), 3 types", random, r -> {
            PostcodePlaces.Place place = places.get(r.nextInt(places.size()));
            return directory.find(List.of("cmp", "france-services", "ccas"), place.department(), place.latitude(), place.longitude(), 2);
        });
        measure("shared position, 3 types within 60 km", random, r ->
                directory.find(List.of("cmp", "france-services", "ccas"), null, 43 + r.nextDouble() * 7.5, -4 + r.nextDouble() * 11.5, 2));
        measure("position → department", random, r -> directory.departmentNear(43 + r.nextDouble() * 7.5, -4 + r.nextDouble() * 11.5));
    }

    private static String department(Random random) {
        int number = 1 + random.nextInt(95);
        return number == 20 ? "2A" : String.format("%02d", number);
    }

    private static void measure(String name, Random random, java.util.function.Function<Random, Object> query) {
        long[] times = new long[MEASURED];
        int sink = 0;
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            long t = System.nanoTime();
            sink += query.apply(random).hashCode() & 1;
            if (i >= WARMUP) {
                times[i - WARMUP] = System.nanoTime() - t;
            }
        }
        java.util.Arrays.sort(times);
        System.out.printf("| %s | %.1f | %.1f | %.0f |%s%n", name, times[MEASURED / 2] / 1e3, times[MEASURED * 99 / 100] / 1e3,
                times[MEASURED - 1] / 1e3, sink < 0 ? " " : "");
    }
}
