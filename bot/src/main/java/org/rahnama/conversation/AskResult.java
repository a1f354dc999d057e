package org.rahnama.conversation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The structured outcome of one message: the JSON line of {@code ask --json} and the body of
 * {@code POST /api/ask}. Every field is always present, null where unknown.
 */
@JsonPropertyOrder({"language", "languageConfidence", "intent", "intentConfidence", "safety", "entry", "title", "answer", "contacts"})
public record AskResult(String language, Double languageConfidence, String intent, Double intentConfidence,
                        boolean safety, String entry, String title, String answer, List<ContactResult> contacts) {
}
