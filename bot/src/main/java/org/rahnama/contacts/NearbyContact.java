package org.rahnama.contacts;

/**
 * A contact found for a person, with the distance when both locations are known.
 *
 * @param distanceKm null when unknown
 * @param fallback   true when no local contact of the type is known and this is the national service or locator
 */
public record NearbyContact(Contact contact, Double distanceKm, boolean fallback) {
}
