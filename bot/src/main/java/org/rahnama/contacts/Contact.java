package org.rahnama.contacts;

import java.util.List;

/**
 * A place or service a person can turn to. Every contact carries the source its details come from and the
 * date they were checked; the directory refuses a contact without them.
 *
 * @param departments the departments served (one for a local office, several for an académie's Casnav, none
 *                    for a national service)
 * @param appointment whether a visit needs an appointment (null when the source does not say)
 * @param mobile      "bus" or "itinerant" for an office that travels between places, null for a fixed one
 */
public record Contact(String type, String name, String address, String postcode, String commune,
                      List<String> departments, Double latitude, Double longitude, String phone, String email,
                      String website, String hours, String languages, String source, String checked,
                      Boolean appointment, String mobile) {

    public boolean national() {
        return departments.isEmpty();
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
