package org.rahnama.contacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.rahnama.data.DataFolders;
import org.springframework.stereotype.Component;

/**
 * The contact types maintainers may use: those the intent taxonomy names, plus the few listed in
 * {@code knowledge-base/contacts/types.txt} (one a line) for services the taxonomy does not name (CIO, PMI...).
 */
@Component
public class ContactTypes {

    private final Set<String> all;

    public ContactTypes(DataFolders folders, org.rahnama.intent.IntentTaxonomy taxonomy) {
        Set<String> types = new TreeSet<>(taxonomy.allContactTypes());
        try {
            if (folders.knowledgeBase().exists("contacts/types.txt")) {
                for (String line : folders.knowledgeBase().read("contacts/types.txt").split("\n")) {
                    String type = line.strip();
                    if (!type.isEmpty() && !type.startsWith("#")) {
                        types.add(type);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.all = Set.copyOf(types);
    }

    public Set<String> all() {
        return all;
    }
}
