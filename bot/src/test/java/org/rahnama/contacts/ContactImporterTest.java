package org.rahnama.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Importers on small fixture files written in the official formats (made-up offices, .test addresses). */
class ContactImporterTest {

    private static String fixture(String name) throws Exception {
        return Files.readString(Path.of("bot/src/test/resources/opendata", name), StandardCharsets.UTF_8);
    }

    @Test
    void franceServicesList_forOneDepartment_keepsAddressHoursAndPosition() throws Exception {
        ContactImporter.Imported imported = ContactImporter.run("france-services", fixture("france-services.csv"), "05",
                "https://www.data.gouv.fr/example", "2026-11-22");
        assertThat(imported.contacts()).hasSize(1);
        Contact c = imported.contacts().getFirst();
        assertThat(c.type()).isEqualTo("france-services");
        assertThat(c.address()).isEqualTo("1 rue de l'Exemple, Bâtiment A");
        assertThat(c.departments()).containsExactly("05");
        assertThat(c.hours()).isEqualTo("Mo 09:00-12:00,13:30-17:00; Tu 09:00-12:00; Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00");
        assertThat(c.latitude()).isEqualTo(44.899);
        assertThat(c.source()).contains("id_fs 9001");
    }

    @Test
    void finessExtraction_keepsOnlyCmps_andConvertsLambert93ToWgs84() throws Exception {
        ContactImporter.Imported imported = ContactImporter.run("finess", fixture("finess.csv"), null, "FINESS", "2026-11-22");
        assertThat(imported.contacts()).extracting(Contact::name)
                .containsExactly("CENTRE MEDICO PSYCHOLOGIQUE EXEMPLE", "CMP ADULTES PARIS EXEMPLE");
        Contact paris = imported.contacts().get(1);
        assertThat(paris.latitude()).isCloseTo(48.8566, within(0.001));
        assertThat(paris.longitude()).isCloseTo(2.3522, within(0.001));
        assertThat(paris.postcode()).isEqualTo("75011");
        assertThat(paris.phone()).isEqualTo("01 00 00 00 05");
        assertThat(imported.contacts().getFirst().address()).isEqualTo("10 R DE L EXEMPLE");
    }

    @Test
    void servicePublicDirectory_mapsTypes_andSkipsServicesWeDoNotDirectPeopleTo() throws Exception {
        ContactImporter.Imported imported = ContactImporter.run("service-public", fixture("service-public.json"), null,
                "https://lannuaire.service-public.fr", "2026-11-22");
        assertThat(imported.contacts()).extracting(Contact::type).containsExactly("caf", "mairie");
        Contact caf = imported.contacts().getFirst();
        assertThat(caf.hours()).isEqualTo("Mo 08:30-12:00; Tu 08:30-12:00; We 08:30-12:00; Th 08:30-12:00; Fr 08:30-12:00");
        assertThat(caf.departments()).containsExactly("05");
        assertThat(caf.email()).isEqualTo("caf@exemple.test");
    }

    @Test
    void importedFile_isReadBackByTheDirectoryWithSourceAndDate() throws Exception {
        ContactImporter.Imported imported = ContactImporter.run("france-services", fixture("france-services.csv"), null, "ANCT", "2026-11-22");
        List<Contact> read = ContactFiles.parse("imported.csv", imported.csv("test"), Set.of("france-services"));
        assertThat(read).hasSize(2).allSatisfy(c -> {
            assertThat(c.source()).startsWith("ANCT");
            assertThat(c.checked()).isEqualTo("2026-11-22");
        });
    }
}
