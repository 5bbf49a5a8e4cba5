package nl.schoolsupport.poortwachter.notice;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * Reads notices from a UTF-8 properties file, one group of keys per notice id (documented in
 * {@code docs/notices.md}):
 *
 * <pre>
 * 2026-09-new-tests.title.nl=Nieuwe toetsen voor groep 3
 * 2026-09-new-tests.title.en=New tests for grade 1
 * 2026-09-new-tests.body.nl=Vanaf vandaag staan er ...
 * 2026-09-new-tests.valid-from=2026-09-01
 * 2026-09-new-tests.valid-until=2026-10-01          (optional)
 * 2026-09-new-tests.kind=PRODUCT_UPDATE             (optional; or SERVICE)
 * 2026-09-new-tests.severity=INFO                   (optional; or WARNING, CRITICAL)
 * 2026-09-new-tests.school=FLEMISH_INSTITUTION:031856  (optional; only for that school)
 * </pre>
 *
 * Dates are calendar days in {@link LicenceNoticeSource#LICENCE_ZONE} (start of day); an ISO instant such as
 * {@code 2026-09-01T06:00:00Z} is accepted too. The whole file is checked before anything is stored: every
 * problem is reported at once, naming its key.
 */
public final class NoticeFile {

    /** Files larger than this are refused unread. */
    public static final long MAX_BYTES = 1_048_576;
    private static final int MAX_REPORTED_PROBLEMS = 20;
    private static final List<String> FIELDS = List.of("title.nl", "title.en", "body.nl", "body.en", "valid-from",
            "valid-until", "kind", "severity", "school");

    private NoticeFile() {
    }

    public static List<Notice> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw invalid(file.toString(), List.of("file is " + Files.size(file) + " bytes, at most " + MAX_BYTES
                        + " allowed"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(new StringReader(text), file.toString());
        } catch (CharacterCodingException e) {
            throw invalid(file.toString(), List.of("not valid UTF-8; save the file as UTF-8"));
        } catch (IOException e) {
            throw new NoticeException(NoticeErrorCode.INVALID_NOTICE_FILE, "cannot read notice file " + file + ": " + e, e);
        }
    }

    /** Parses notices; {@code sourceName} appears in error messages. */
    public static List<Notice> parse(Reader reader, String sourceName) {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw invalid(sourceName, List.of("not a properties file: " + e.getMessage()));
        }
        Map<String, Map<String, String>> byId = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            Optional<String> field = FIELDS.stream().filter(f -> key.endsWith("." + f)).findFirst();
            if (field.isEmpty()) {
                problems.add(key + ": unknown key; expected <id>.<field> with field one of " + FIELDS);
                continue;
            }
            String id = key.substring(0, key.length() - field.get().length() - 1);
            byId.computeIfAbsent(id, k -> new TreeMap<>()).put(field.get(), properties.getProperty(key));
        }
        List<Notice> notices = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : byId.entrySet()) {
            try {
                notices.add(toNotice(entry.getKey(), entry.getValue()));
            } catch (PoortwachterException | IllegalArgumentException e) {
                problems.add(entry.getKey() + ": " + stripCode(e));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(sourceName, problems);
        }
        return List.copyOf(notices);
    }

    private static Notice toNotice(String id, Map<String, String> f) {
        String titleNl = required(f, "title.nl");
        String bodyNl = required(f, "body.nl");
        Instant from = instant("valid-from", required(f, "valid-from"));
        Optional<Instant> until = Optional.ofNullable(f.get("valid-until")).filter(s -> !s.isBlank())
                .map(s -> instant("valid-until", s));
        NoticeKind kind = enumValue(NoticeKind.class, "kind", f.getOrDefault("kind", NoticeKind.PRODUCT_UPDATE.name()));
        NoticeSeverity severity = enumValue(NoticeSeverity.class, "severity",
                f.getOrDefault("severity", NoticeSeverity.INFO.name()));
        Optional<SchoolKey> school = Optional.ofNullable(f.get("school")).filter(s -> !s.isBlank()).map(SchoolKey::parse);
        return new Notice(id, kind, severity, LocalizedText.of(titleNl, f.get("title.en")),
                LocalizedText.of(bodyNl, f.get("body.en")), from, until, school);
    }

    private static String required(Map<String, String> fields, String field) {
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static Instant instant(String field, String text) {
        String value = text.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(LicenceNoticeSource.LICENCE_ZONE).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": expected a date like 2026-09-01 or an instant like "
                    + "2026-09-01T06:00:00Z, got '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": expected one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", got '" + text.strip() + "'");
        }
    }

    private static String stripCode(RuntimeException e) {
        return e instanceof PoortwachterException pe ? pe.getMessage().replaceFirst("^\\[[A-Z0-9-]+\\] ", "") : e.getMessage();
    }

    private static NoticeException invalid(String source, List<String> problems) {
        List<String> shown = problems.stream().sorted().limit(MAX_REPORTED_PROBLEMS).toList();
        String more = problems.size() > shown.size() ? " (and " + (problems.size() - shown.size()) + " more)" : "";
        return new NoticeException(NoticeErrorCode.INVALID_NOTICE_FILE, "notice file " + source + " not loaded, nothing was "
                + "stored; " + problems.size() + " problem(s): " + String.join("; ", shown) + more);
    }

}
