package org.rahnama.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * From any postcode, the first France Services the bot names is the nearest one. The nearest is computed here on its
 * own, from the shipped copies of the two official files (ANCT's offices, La Poste's postcodes with their communes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class NearestFranceServicesTest {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
    private static List<CSVRecord> offices;
    private static List<CSVRecord> postcodes;

    @Autowired
    AskCommand ask;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void readTheOfficialFiles() throws Exception {
        offices = read("knowledge-base/contacts/france-services.csv");
        postcodes = read("knowledge-base/contacts/postcodes.csv");
    }

    private static List<CSVRecord> read(String file) throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return StreamSupport.stream(CSV.parse(reader).spliterator(), false).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"69003", "13001", "31000", "75019", "05100", "33000", "59000", "67000", "35000", "44000",
        "63000", "87000", "21000", "20000", "20200", "97110", "97200", "97300", "97400", "97600"})
    void firstFranceServicesNamed_isTheNearestByDistance(String postcode) {
        double[] point = pointOf(postcode);
        CSVRecord nearest = null;
        double best = Double.MAX_VALUE;
        for (CSVRecord office : offices) {
            double km = km(point[0], point[1], Double.parseDouble(office.get("latitude")), Double.parseDouble(office.get("longitude")));
            if (km < best) {
                best = km;
                nearest = office;
            }
        }

        JsonNode answer = askJson("J'ai besoin d'aide pour une démarche en ligne", "--postcode", postcode);
        List<JsonNode> named = new ArrayList<>();
        answer.get("contacts").forEach(c -> {
            if (c.get("type").asString().equals("france-services")) {
                named.add(c);
            }
        });
        assertThat(named).as("France Services named from %s", postcode).isNotEmpty();
        assertThat(named.getFirst().get("national").asBoolean()).isFalse();
        assertThat(named.getFirst().get("name").asString()).isEqualTo(nearest.get("name"));
        assertThat(named.getFirst().get("distanceKm").asDouble()).isCloseTo(best, within(0.06));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "J'ai besoin d'aide pour faire une démarche en ligne|69003",
        "je cherche une France Services pour m'aider avec la CAF|13001",
        "Comment renouveler mon titre de séjour ?|31000",
        "my CAF payments stopped this month|75019"})
    void localHelpQuestions_nameTheLocalFranceServicesWithTheirDistance_neverTheNationalSiteAlone(String question, String postcode) {
        JsonNode answer = askJson(question, "--postcode", postcode);
        List<JsonNode> franceServices = new ArrayList<>();
        answer.get("contacts").forEach(c -> {
            if (c.get("type").asString().equals("france-services")) {
                franceServices.add(c);
            }
        });
        assertThat(franceServices).as("%s from %s", question, postcode).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("national").asBoolean()).isFalse();
            assertThat(c.get("distanceKm").asDouble()).isLessThan(10.0);
        });
    }

    /** A postcode's point: the mean of the points of the communes it serves. */
    private static double[] pointOf(String postcode) {
        double latitude = 0;
        double longitude = 0;
        int n = 0;
        for (CSVRecord row : postcodes) {
            if (row.get("postcode").equals(postcode) && !row.get("latitude").isBlank()) {
                latitude += Double.parseDouble(row.get("latitude"));
                longitude += Double.parseDouble(row.get("longitude"));
                n++;
            }
        }
        assertThat(n).as("communes of %s", postcode).isPositive();
        return new double[] {latitude / n, longitude / n};
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }

    private JsonNode askJson(String question, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--json"));
        args.addAll(List.of(options));
        args.add(question);
        int code = ask.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return json.readTree(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    }
}
