package org.rahnama.conversation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A contact as it appears in the JSON output of {@code ask --json} and {@code POST /api/ask}.
 *
 * @param hours       opening hours per weekday ({@code Mo 09:00-12:00; Tu ...}), null when unknown
 * @param appointment whether a visit needs an appointment, null when the source does not say
 * @param mobile      {@code bus} or {@code itinerant} for an office that travels, else null
 */
@JsonPropertyOrder({"type", "name", "address", "phone", "url", "source", "checked", "distanceKm", "hours", "appointment",
    "mobile", "national"})
public record ContactResult(String type, String name, String address, String phone, String url, String source,
                            String checked, Double distanceKm, String hours, Boolean appointment, String mobile,
                            boolean national) {
}
