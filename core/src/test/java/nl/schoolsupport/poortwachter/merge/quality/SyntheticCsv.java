package nl.schoolsupport.poortwachter.merge.quality;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.merge.matching.MatchAccount;

/** Writes generated schools as the merge-preview input files (DESIGN.md §5), UTF-8 and RFC 4180. */
public final class SyntheticCsv {

    private SyntheticCsv() {
    }

    /** Writes {@code schools} schools of seed {@code seed}; hands each school to {@code each} (may be null). */
    public static void write(Path legacyCsv, Path importedCsv, long seed, int schools, Consumer<SyntheticSchool> each) {
        try (BufferedWriter l = Files.newBufferedWriter(legacyCsv, StandardCharsets.UTF_8);
                BufferedWriter i = Files.newBufferedWriter(importedCsv, StandardCharsets.UTF_8);
                CSVPrinter legacy = new CSVPrinter(l, CSVFormat.RFC4180);
                CSVPrinter imported = new CSVPrinter(i, CSVFormat.RFC4180)) {
            legacy.printRecord("legacy_id", "school", "role", "first_name", "infix", "last_name", "group", "username",
                    "test_results_count");
            imported.printRecord("basispoort_id", "eck_id", "school", "role", "first_name", "infix", "last_name", "group",
                    "birth_year");
            for (int s = 0; s < schools; s++) {
                SyntheticSchool school = SyntheticSchools.generate(seed, s);
                writeSchool(school, legacy, imported);
                if (each != null) {
                    each.accept(school);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeSchool(SyntheticSchool school, CSVPrinter legacy, CSVPrinter imported) throws IOException {
        Map<String, String> usernames = school.usernames();
        for (MatchAccount a : school.legacy()) {
            legacy.printRecord(a.id(), school.code(), role(a), a.name().first(), a.name().infix(), a.name().last(),
                    a.group().orElse(""), usernames.getOrDefault(a.id(), ""), a.resultsCount());
        }
        for (MatchAccount a : school.imported()) {
            imported.printRecord(a.id(), school.eckIds().getOrDefault(a.id(), ""), school.code(), role(a), a.name().first(),
                    a.name().infix(), a.name().last(), a.group().orElse(""),
                    a.birthYear().isPresent() ? String.valueOf(a.birthYear().getAsInt()) : "");
        }
    }

    private static String role(MatchAccount a) {
        return a.role() == Role.TEACHER ? "teacher" : a.role().name().toLowerCase(Locale.ROOT);
    }
}
