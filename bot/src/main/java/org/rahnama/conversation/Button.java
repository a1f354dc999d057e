package org.rahnama.conversation;

/**
 * A choice offered under a reply.
 *
 * @param label  the text on the button, in the person's language
 * @param action what the channel sends back when it is pressed (see {@link Actions})
 */
public record Button(String label, String action) {
}
