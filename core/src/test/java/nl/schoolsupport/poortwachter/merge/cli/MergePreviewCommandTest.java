package nl.schoolsupport.poortwachter.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import nl.schoolsupport.poortwachter.merge.matching.MatchDecision;
import nl.schoolsupport.poortwachter.merge.matching.MatchingEngine;
import nl.schoolsupport.poortwachter.merge.quality.SyntheticCsv;

class MergePreviewCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private int run(MergePreviewCommand command, String... args) {
        return command.run(List.of(args), out, err);
    }

    private int run(String... args) {
        return run(new MergePreviewCommand(new MatchingEngine(), 2), args);
    }

    @Test
    void writesExactlyWhatTheLibraryEngineDecidesInTheDocumentedShape() throws IOException {
        Path legacy = dir.resolve("legacy.csv");
        Path imported = dir.resolve("imported.csv");
        Path decisions = dir.resolve("decisions.json");
        List<MatchDecision> expected = new ArrayList<>();
        MatchingEngine engine = new MatchingEngine();
        List<String> schools = new ArrayList<>();
        SyntheticCsv.write(legacy, imported, 7, 6, school -> {
            schools.add(school.code());
            expected.addAll(engine.match(school.legacy(), school.imported()).decisions());
        });

        assertThat(run("merge-preview", "--legacy", legacy.toString(), "--imported", imported.toString(), "--out",
                decisions.toString())).isZero();

        List<Map<String, Object>> rows = readJson(decisions);
        assertThat(rows).hasSameSizeAs(expected).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r).containsOnlyKeys("legacy_id", "basispoort_id", "decision", "score", "rank"));
        Map<String, Map<String, Object>> byPair = new HashMap<>();
        rows.forEach(r -> byPair.put(r.get("legacy_id") + "|" + r.get("basispoort_id"), r));
        for (MatchDecision d : expected) {
            Map<String, Object> row = byPair.get(d.legacyId() + "|" + d.importedId());
            assertThat(row).as(d.toString()).isNotNull();
            assertThat(row.get("decision")).isEqualTo(d.decision().jsonValue());
            assertThat(((Number) row.get("score")).doubleValue()).isEqualTo(d.score());
            assertThat(((Number) row.get("rank")).intValue()).isEqualTo(d.rank());
        }
        Map<Object, List<Map<String, Object>>> perLegacy = new HashMap<>();
        rows.forEach(r -> perLegacy.computeIfAbsent(r.get("legacy_id"), k -> new ArrayList<>()).add(r));
        assertThat(perLegacy.values()).allSatisfy(list -> {
            assertThat(list).hasSizeLessThanOrEqualTo(3);
            assertThat(list).extracting(r -> ((Number) r.get("rank")).intValue()).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, list.size()).boxed().toList());
            if (list.stream().anyMatch(r -> r.get("decision").equals("auto"))) {
                assertThat(list).hasSize(1);
            }
            assertThat(list).extracting(r -> ((Number) r.get("score")).doubleValue()).isSortedAccordingTo(Collections.reverseOrder());
        });
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains("6 schools").contains("automatic merges");
        assertThat(schools).hasSize(6);
    }

    @Test
    void largeUnorderedInputSpillsToDiskAndGivesTheSameDecisions() throws IOException {
        Path legacy = dir.resolve("legacy.csv");
        Path imported = dir.resolve("imported.csv");
        SyntheticCsv.write(legacy, imported, 11, 8, null);
        Path inMemory = dir.resolve("a.json");
        assertThat(run("--legacy", legacy.toString(), "--imported", imported.toString(), "--out", inMemory.toString())).isZero();

        // shuffle the rows so schools are interleaved, then force several on-disk buckets and show progress
        shuffleRows(legacy);
        shuffleRows(imported);
        Path spilled = dir.resolve("b.json");
        MergePreviewCommand small = new MergePreviewCommand(new MatchingEngine(), 2, new MergePreviewCommand.Limits(1000, 20_000, 1000));
        assertThat(run(small, "--legacy", legacy.toString(), "--imported", imported.toString(), "--out", spilled.toString()))
                .isZero();

        assertThat(sorted(readJson(spilled))).isEqualTo(sorted(readJson(inMemory)));
        assertThat(err()).contains("100% (matching)");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void malformedQuotingNamesTheFileAndLine() throws IOException {
        Path legacy = write("legacy.csv", """
                legacy_id,school,role,first_name,infix,last_name,group,username,test_results_count
                L1,12AB00,pupil,Daan,van der,Berg,groep 5,daan,12
                L2,12AB00,pupil,"Sanne" x,,Visser,groep 5,sanne,3
                """);
        Path imported = importedFile();
        int code = run("--legacy", legacy.toString(), "--imported", imported.toString(), "--out", dir.resolve("d.json").toString());
        assertThat(code).isEqualTo(MergePreviewCommand.EXIT_INPUT);
        assertThat(err()).contains("legacy.csv").contains("line 3").contains("PW-MERGE-007").contains("RFC 4180");
        assertThat(dir.resolve("d.json")).doesNotExist();
    }

    @Test
    void badValuesNameLineAndColumnWithoutEchoingNames() throws IOException {
        Path legacy = write("legacy.csv", """
                legacy_id,school,role,first_name,infix,last_name,group,username,test_results_count
                L1,12AB00,pupil,Daan,van der,Berg,groep 5,daan,12
                L2,12AB00,leerling,Sanne,,Visser,groep 5,sanne,3
                """);
        assertThat(run("--legacy", legacy.toString(), "--imported", importedFile().toString(), "--out",
                dir.resolve("d.json").toString())).isEqualTo(MergePreviewCommand.EXIT_INPUT);
        assertThat(err()).contains("line 3, column role: expected pupil or teacher, got 'leerling'");

        errBytes.reset();
        Path counts = write("legacy2.csv", """
                legacy_id,school,role,first_name,infix,last_name,group,username,test_results_count
                "L1","12AB00","pupil","Daan","","Multi
                line name","groep 5","daan","-4"
                """);
        assertThat(run("--legacy", counts.toString(), "--imported", importedFile().toString(), "--out",
                dir.resolve("d.json").toString())).isEqualTo(MergePreviewCommand.EXIT_INPUT);
        assertThat(err()).contains("line 3, column test_results_count").doesNotContain("Multi");

        errBytes.reset();
        Path fields = write("legacy3.csv", """
                legacy_id,school,role,first_name,infix,last_name,group,username,test_results_count
                L1,12AB00,pupil,Daan,,Berg,groep 5,daan
                """);
        assertThat(run("--legacy", fields.toString(), "--imported", importedFile().toString(), "--out",
                dir.resolve("d.json").toString())).isEqualTo(MergePreviewCommand.EXIT_INPUT);
        assertThat(err()).contains("line 2: expected 9 fields like the header, got 8");
    }

    @Test
    void headerProblemsAndEncodingAreExplained() throws IOException {
        Path legacy = write("legacy.csv", "legacy_id,school,role,first_name,last_name,group\nL1,12AB00,pupil,A,B,5\n");
        assertThat(run("--legacy", legacy.toString(), "--imported", importedFile().toString(), "--out",
                dir.resolve("d.json").toString())).isEqualTo(MergePreviewCommand.EXIT_INPUT);
        assertThat(err()).contains("header lacks infix, username, test_results_count");

        errBytes.reset();
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, ("legacy_id,school,role,first_name,infix,last_name,group,username,test_results_count\n"
                + "L1,12AB00,pupil,Zo\u00eb,,Smit,groep 5,zoe,1\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("--legacy", latin1.toString(), "--imported", importedFile().toString(), "--out",
                dir.resolve("d.json").toString())).isEqualTo(MergePreviewCommand.EXIT_INPUT);
        assertThat(err()).contains("not valid UTF-8");

        errBytes.reset();
        Path bom = write("bom.csv", "\uFEFFlegacy_id,school,role,first_name,infix,last_name,group,username,test_results_count\n"
                + "L1,12ab00,PUPIL,Zoë,,Smit,groep 5,zoe,\n");
        assertThat(run("--legacy", bom.toString(), "--imported", importedFile().toString(), "--out",
                dir.resolve("d.json").toString())).isZero();
        assertThat(readJson(dir.resolve("d.json"))).singleElement().satisfies(r -> {
            assertThat(r.get("legacy_id")).isEqualTo("L1");
            assertThat(r.get("basispoort_id")).isEqualTo("B1");
        });
    }

    @Test
    void duplicateIdsInOneSchoolAreRefused() throws IOException {
        Path legacy = write("legacy.csv", """
                legacy_id,school,role,first_name,infix,last_name,group,username,test_results_count
                L1,12AB00,pupil,Daan,,Berg,groep 5,daan,1
                L1,12AB00,pupil,Sem,,Berg,groep 6,sem,1
                """);
        assertThat(run("--legacy", legacy.toString(), "--imported", importedFile().toString(), "--out",
                dir.resolve("d.json").toString())).isEqualTo(MergePreviewCommand.EXIT_INPUT);
        assertThat(err()).contains("lines 2 and 3").contains("appears twice");
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsRead() throws IOException {
        assertThat(run("--legacy", "a.csv", "--out", "d.json")).isEqualTo(MergePreviewCommand.EXIT_USAGE);
        assertThat(err()).contains("missing --imported").contains("usage: merge-preview");
        errBytes.reset();
        assertThat(run("--legacy", "a.csv", "--imported", "b.csv", "--out", "d.json", "--colour")).isEqualTo(MergePreviewCommand.EXIT_USAGE);
        assertThat(err()).contains("unknown option --colour");
        errBytes.reset();
        assertThat(run("--legacy")).isEqualTo(MergePreviewCommand.EXIT_USAGE);
        assertThat(err()).contains("--legacy needs a file name");
        assertThat(run("--help")).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains("usage: merge-preview");

        errBytes.reset();
        assertThat(run("--legacy", dir.resolve("nope.csv").toString(), "--imported", importedFile().toString(), "--out",
                dir.resolve("d.json").toString())).isEqualTo(MergePreviewCommand.EXIT_INPUT);
        assertThat(err()).contains("nope.csv");

        errBytes.reset();
        Path legacy = write("legacy.csv", "legacy_id,school,role,first_name,infix,last_name,group,username,test_results_count\n");
        assertThat(run("--legacy", legacy.toString(), "--imported", importedFile().toString(), "--out",
                dir.resolve("missing-dir").resolve("d.json").toString())).isEqualTo(MergePreviewCommand.EXIT_OUTPUT);
        assertThat(err()).contains("PW-MERGE-009").contains("directory does not exist");
    }

    private Path importedFile() throws IOException {
        return write("imported.csv", """
                basispoort_id,eck_id,school,role,first_name,infix,last_name,group,birth_year
                B1,,12AB00,pupil,Zoë,,Smit,groep 6,2016
                """);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void shuffleRows(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String header = lines.remove(0);
        Collections.shuffle(lines, new java.util.Random(3));
        lines.add(0, header);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static List<String> sorted(List<Map<String, Object>> rows) {
        return rows.stream().map(Object::toString).sorted().toList();
    }

    static List<Map<String, Object>> readJson(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, Object> row = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    row.put(name, t == JsonToken.VALUE_STRING ? p.getText() : p.getNumberValue());
                }
                rows.add(row);
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
        }
        return rows;
    }
}
