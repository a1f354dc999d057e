package org.rahnama.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rahnama.data.DataFolders;
import org.rahnama.language.TextNormalizer;
import org.springframework.stereotype.Component;

/**
 * Place names a person may type instead of a postcode: the départements (from {@code contacts/academies.csv}) and
 * the communes of the contact directory. A name can point to several departments ("Saint-Denis"); the caller then
 * asks which one. Offline and best-effort: a commune the directory does not know is not recognised.
 */
@Component
public class PlaceNames {

    private final Map<String, Set<String>> departmentsByName = new HashMap<>();
    private final Map<String, String> departmentNames = new HashMap<>();

    public PlaceNames(DataFolders folders, ContactDirectory directory) {
        try {
            if (folders.knowledgeBase().exists("contacts/academies.csv")) {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setTrim(true).get();
                for (CSVRecord row : format.parse(new StringReader(folders.knowledgeBase().read("contacts/academies.csv")))) {
                    add(row.get("department_name"), row.get("department"));
                    departmentNames.put(row.get("department"), row.get("department_name"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Contact contact : directory.all()) {
            if (contact.commune() != null && contact.departments().size() == 1) {
                add(contact.commune(), contact.departments().getFirst());
            }
        }
    }

    private void add(String name, String department) {
        departmentsByName.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).add(department);
    }

    private static String key(String name) {
        return (" " + TextNormalizer.fold(name) + " ").replace(" saint ", " st ").replace(" sainte ", " ste ").strip();
    }

    /** The departments a typed place name can mean; empty when it is not a place we know. */
    public List<String> departments(String typed) {
        if (typed == null || typed.length() > 60) {
            return List.of();
        }
        return new ArrayList<>(departmentsByName.getOrDefault(key(typed), Set.of()));
    }

    /** "Hautes-Alpes (05)" for a department code. */
    public String describe(String department) {
        String name = departmentNames.get(department);
        return name == null ? department : name + " (" + department + ")";
    }
}
