package org.rahnama.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rahnama.data.DataFolder;
import org.rahnama.data.DataFolders;
import org.rahnama.language.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every French postcode with its communes ({@code contacts/postcodes.csv}, imported from La Poste's base): a
 * postcode gives a department and a point, so contacts can be ranked by real distance; a typed commune name gives
 * its postcodes.
 */
@Component
public class PostcodePlaces {

    private static final Logger log = LoggerFactory.getLogger(PostcodePlaces.class);
    static final String FILE = "contacts/postcodes.csv";
    /** Town names in Arabic, Persian or Ge'ez script ("لیون"), each with its main postcode. */
    static final String OTHER_SCRIPTS = "contacts/place-names.csv";

    /**
     * A postcode as a place: its department and a point, the mean of its communes' points (null when the file gives
     * none, as for some overseas collectivities).
     */
    public record Place(String postcode, String department, Double latitude, Double longitude, List<String> communes) {

        public boolean hasPoint() {
            return latitude != null;
        }

        /** "Briançon (05100)", or the postcode's first communes when it serves several. */
        public String label() {
            String names = communes.size() <= 2 ? String.join(", ", communes) : communes.getFirst() + ", " + communes.get(1) + "…";
            return names + " (" + postcode + ")";
        }
    }

    /** The two lookups, read once from the file. */
    private record Index(Map<String, Place> byPostcode, Map<String, Set<String>> postcodesByName) {
    }

    /** Read in the background: 39,000 rows need not hold up the start of everything else. */
    private final java.util.concurrent.CompletableFuture<Index> index;

    @org.springframework.beans.factory.annotation.Autowired
    public PostcodePlaces(DataFolders folders) {
        this(folders.knowledgeBase());
    }

    /** The places of a knowledge-base folder (tools and benchmarks). */
    public PostcodePlaces(DataFolder knowledgeBase) {
        this.index = java.util.concurrent.CompletableFuture.supplyAsync(() -> load(knowledgeBase));
    }

    private static Index load(DataFolder knowledgeBase) {
        Map<String, List<CSVRecord>> rows = new LinkedHashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        try {
            if (knowledgeBase.exists(FILE)) {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
                for (CSVRecord row : format.parse(new StringReader(knowledgeBase.read(FILE)))) {
                    rows.computeIfAbsent(row.get("postcode"), p -> new ArrayList<>()).add(row);
                    for (String name : List.of(row.get("commune"), row.get("routing"))) {
                        if (!name.isBlank()) {
                            // Many communes share a name and a routing label repeats its commune: fold each once.
                            names.computeIfAbsent(keys.computeIfAbsent(name, PostcodePlaces::key), k -> new LinkedHashSet<>())
                                    .add(row.get("postcode"));
                        }
                    }
                }
            }
            if (knowledgeBase.exists(OTHER_SCRIPTS)) {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setTrim(true).get();
                for (CSVRecord row : format.parse(new StringReader(knowledgeBase.read(OTHER_SCRIPTS)))) {
                    if (rows.containsKey(row.get("postcode"))) {
                        names.computeIfAbsent(key(row.get("name")), k -> new LinkedHashSet<>()).add(row.get("postcode"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Place> places = new HashMap<>();
        rows.forEach((postcode, communes) -> places.put(postcode, place(postcode, communes)));
        log.info("Postcodes: {} postcodes, {} place names", places.size(), names.size());
        return new Index(places, names);
    }

    private static Place place(String postcode, List<CSVRecord> communes) {
        double latitude = 0;
        double longitude = 0;
        int points = 0;
        List<String> names = new ArrayList<>();
        for (CSVRecord commune : communes) {
            if (!names.contains(commune.get("commune"))) {
                names.add(commune.get("commune"));
            }
            if (!commune.get("latitude").isBlank() && !commune.get("longitude").isBlank()) {
                latitude += Double.parseDouble(commune.get("latitude"));
                longitude += Double.parseDouble(commune.get("longitude"));
                points++;
            }
        }
        return new Place(postcode, communes.getFirst().get("department"), points == 0 ? null : latitude / points,
                points == 0 ? null : longitude / points, List.copyOf(names));
    }

    /** The place of a postcode; empty when La Poste does not know it. */
    public Optional<Place> of(String postcode) {
        return postcode == null ? Optional.empty() : Optional.ofNullable(index.join().byPostcode().get(postcode.strip()));
    }

    /** The postcodes a typed commune name can mean ("Briançon", "Lyon 3e", "st denis"), in the file's order. */
    public List<Place> named(String typed) {
        if (typed == null || typed.length() > 60) {
            return List.of();
        }
        Index places = index.join();
        return places.postcodesByName().getOrDefault(key(typed), Set.of()).stream().map(places.byPostcode()::get).toList();
    }

    /** Folded, with "Saint" as "st" and arrondissements as La Poste writes them ("Lyon 3e" → "lyon 03"). */
    static String key(String name) {
        String folded = (" " + TextNormalizer.fold(name.replace('-', ' ').replace('\'', ' ')) + " ")
                .replace(" saint ", " st ").replace(" sainte ", " ste ");
        if (folded.contains(" paris ") || folded.contains(" lyon ") || folded.contains(" marseille ")) {
            folded = ARRONDISSEMENT.matcher(ONE_DIGIT_ARRONDISSEMENT.matcher(folded).replaceAll(" $1 0$2 ")).replaceAll(" $1 $2 ");
        }
        return folded.strip();
    }

    private static final java.util.regex.Pattern ONE_DIGIT_ARRONDISSEMENT =
            java.util.regex.Pattern.compile(" (paris|lyon|marseille) (\\d)(?:er|e|eme|ieme|em)? ");
    private static final java.util.regex.Pattern ARRONDISSEMENT =
            java.util.regex.Pattern.compile(" (paris|lyon|marseille) (\\d\\d)(?:er|e|eme|ieme|em)? ");
}
