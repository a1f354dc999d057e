package org.rahnama.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every contact table says where its rows come from: the lint names the file and line of one that does not. */
class ContactLintTest {

    @Test
    void academiesTable_withoutSourceColumns_isReportedOnItsHeader() {
        assertThat(ContactLint.sourcedTable("contacts/academies.csv", "department,department_name,academie\n05,Hautes-Alpes,Aix-Marseille\n"))
                .containsExactly("contacts/academies.csv:1: needs the columns 'source' and 'checked' (where each row comes from, and when it was checked)");
    }

    @Test
    void academiesRow_withoutSourceOrDate_isReportedOnItsLine() {
        String table = """
                department,department_name,academie,source,checked
                05,Hautes-Alpes,Aix-Marseille,https://data.education.gouv.fr/explore/dataset/fr-en-annuaire-education/,2026-11-23
                83,Var,Nice,,last week
                """;
        assertThat(ContactLint.sourcedTable("contacts/academies.csv", table)).containsExactly(
                "contacts/academies.csv:3: no source: say where this row comes from",
                "contacts/academies.csv:3: needs a checked date as YYYY-MM-DD");
    }
}
