package org.rahnama.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The FINESS establishments extraction (etalab): {@code ;}-separated, a metadata first line, {@code structureet}
 * rows and {@code geolocalisation} rows in Lambert-93. Keeps the Centres Médico-Psychologiques (category 156) and
 * converts their coordinates to WGS84.
 */
final class FinessImport {

    static final String CMP_CATEGORY = "156";
    private static final CoordinateTransform LAMBERT93_TO_WGS84 = transform();
    /** FINESS writes overseas departments with a letter. */
    private static final Map<String, String> OVERSEAS = Map.of("9A", "971", "9B", "972", "9C", "973", "9D", "974", "9F", "976");

    private FinessImport() {
    }

    private static CoordinateTransform transform() {
        CRSFactory factory = new CRSFactory();
        return new BasicCoordinateTransform(
                factory.createFromParameters("EPSG:2154", "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 "
                        + "+y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"),
                factory.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs"));
    }

    /** Lambert-93 metres → {latitude, longitude}. */
    static double[] toWgs84(double x, double y) {
        ProjCoordinate out = new ProjCoordinate();
        LAMBERT93_TO_WGS84.transform(new ProjCoordinate(x, y), out);
        return new double[] {out.y, out.x};
    }

    static ContactImporter.Imported read(String content, String department, String source, String checked) {
        Map<String, String[]> establishments = new HashMap<>();
        Map<String, double[]> positions = new HashMap<>();
        List<String> order = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].split(";", -1);
            if (f[0].equals("structureet") && f.length > 19) {
                if (f[18].strip().equals(CMP_CATEGORY)) {
                    establishments.put(f[1].strip(), f);
                    order.add(f[1].strip());
                }
            } else if (f[0].equals("geolocalisation") && f.length > 3) {
                try {
                    positions.put(f[1].strip(), toWgs84(Double.parseDouble(f[2].strip()), Double.parseDouble(f[3].strip())));
                } catch (NumberFormatException e) {
                    skipped.add("line " + (i + 1) + ": unreadable coordinates");
                }
            }
        }
        List<Contact> contacts = new ArrayList<>();
        for (String id : order) {
            String[] f = establishments.get(id);
            String routing = f[15].strip();
            String postcode = routing.length() >= 5 && routing.substring(0, 5).matches("\\d{5}") ? routing.substring(0, 5) : null;
            String commune = postcode != null ? routing.substring(5).strip() : null;
            String dep = postcode != null ? Postcodes.department(postcode).orElse(null) : null;
            if (dep == null) {
                dep = OVERSEAS.getOrDefault(f[13].strip(), f[13].strip().isEmpty() ? null : f[13].strip());
            }
            if (dep == null) {
                skipped.add("FINESS " + id + ": no department");
                continue;
            }
            if (department != null && !department.equals(dep)) {
                continue;
            }
            String street = String.join(" ", nonEmpty(f[7], f[8], f[9], f[10])).strip();
            String address = FranceServicesImport.join(street.isEmpty() ? null : street, FranceServicesImport.empty(f[11].strip()));
            String name = !f[4].isBlank() ? f[4].strip() : f[3].strip();
            double[] position = positions.get(id);
            contacts.add(new Contact("cmp", name, address, postcode, commune, List.of(dep),
                    position == null ? null : position[0], position == null ? null : position[1],
                    FranceServicesImport.empty(formatPhone(f[16].strip())), null, null, null, null,
                    source + " (FINESS " + id + ")", checked, null, null));
        }
        return new ContactImporter.Imported(contacts, skipped);
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** "0492252525" → "04 92 25 25 25", as French numbers are read aloud. */
    static String formatPhone(String digits) {
        if (digits.matches("\\d{10}")) {
            return digits.replaceAll("(\\d{2})(?=\\d)", "$1 ");
        }
        return digits;
    }
}
