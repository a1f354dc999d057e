package org.rahnama.conversation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A contact as it appears in the JSON output of {@code ask --json} and {@code POST /api/ask}. */
@JsonPropertyOrder({"type", "name", "address", "phone", "url", "source", "checked", "distanceKm", "national"})
public record ContactResult(String type, String name, String address, String phone, String url, String source,
                            String checked, Double distanceKm, boolean national) {
}
