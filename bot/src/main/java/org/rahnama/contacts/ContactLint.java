package org.rahnama.contacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rahnama.data.DataFolder;

/** Checks every contact file of a knowledge-base folder; each problem names file and line. */
public final class ContactLint {

    private final ContactTypes types;

    public ContactLint(ContactTypes types) {
        this.types = types;
    }

    public List<String> check(DataFolder knowledgeBase) {
        List<String> problems = new ArrayList<>();
        for (String path : knowledgeBase.list(".csv")) {
            if (!path.startsWith("contacts/") || path.endsWith("academies.csv")) {
                continue;
            }
            try {
                ContactFiles.parse(knowledgeBase.describe(path), knowledgeBase.read(path), types.all());
            } catch (ContactFiles.InvalidContactFile e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(knowledgeBase.describe(path) + ": cannot be read: " + e.getMessage());
            }
        }
        return problems;
    }
}
