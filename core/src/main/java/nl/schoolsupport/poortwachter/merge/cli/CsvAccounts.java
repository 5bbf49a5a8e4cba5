package nl.schoolsupport.poortwachter.merge.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.InvalidInputException;
import nl.schoolsupport.poortwachter.merge.matching.MatchAccount;

/**
 * Reads legacy.csv or imported.csv (DESIGN.md §5): UTF-8, RFC 4180 quoting, a header naming the documented
 * columns (any order; extra columns are ignored). Streams rows to a consumer; every problem stops the run
 * with the file, the line and the column, and without echoing names (they are personal data).
 */
final class CsvAccounts {

    /** The two input files and their columns. */
    enum Kind {
        LEGACY("legacy_id", "school", "role", "first_name", "infix", "last_name", "group", "username", "test_results_count"),
        IMPORTED("basispoort_id", "eck_id", "school", "role", "first_name", "infix", "last_name", "group", "birth_year");

        final List<String> columns;

        Kind(String... columns) {
            this.columns = List.of(columns);
        }
    }

    private static final Pattern SCHOOL = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:-]{0,63}");
    private static final int MAX_ID_LENGTH = 200;
    /** group and eck_id: an ECK iD is at most 512 characters, a group name far less. */
    private static final int MAX_OPTIONAL_LENGTH = 512;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final Path file;
    private final Kind kind;
    private final AtomicLong bytesRead;

    CsvAccounts(Path file, Kind kind, AtomicLong bytesRead) {
        this.file = file;
        this.kind = kind;
        this.bytesRead = bytesRead;
    }

    void forEach(Consumer<InputRow> sink) {
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw PreviewFailure.badInput(file + ": file not found");
        } catch (IOException e) {
            throw PreviewFailure.badInput(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream counted = new Counting(raw, bytesRead);
                BufferedReader reader = new BufferedReader(new InputStreamReader(counted, decoder), 1 << 16);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Map<String, Integer> columns = null;
            try {
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    if (columns == null) {
                        columns = header(record);
                        continue;
                    }
                    sink.accept(row(record, columns, line));
                }
            } catch (UncheckedIOException e) {
                throw malformed(parser.getCurrentLineNumber() + 1, e.getCause());
            }
            if (columns == null) {
                throw PreviewFailure.badInput(file + ": empty file; expected the header " + String.join(",", kind.columns));
            }
        } catch (CharacterCodingException e) {
            throw PreviewFailure.badInput(file + ": not valid UTF-8 (" + e.getClass().getSimpleName() + "); save the file as UTF-8");
        } catch (IOException e) {
            throw PreviewFailure.badInput(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:? (\\d+)");

    private PreviewFailure malformed(long lineAfter, IOException cause) {
        // commons-csv names the line it stopped at; our own count is already past it
        java.util.regex.Matcher m = LINE_IN_MESSAGE.matcher(String.valueOf(cause == null ? "" : cause.getMessage()));
        long line = m.find() ? Long.parseLong(m.group(1)) : lineAfter;
        if (cause instanceof CharacterCodingException) {
            return PreviewFailure.badInput(file + ", line " + line + ": not valid UTF-8; save the file as UTF-8");
        }
        String detail = String.valueOf(cause == null ? null : cause.getMessage());
        return PreviewFailure.badInput(file + ", line " + line + ": not valid RFC 4180 CSV (" + detail
                + "); a field with a comma, quote or line break must be in double quotes, a quote inside doubled (\"\")");
    }

    private Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1); // a byte order mark some spreadsheet programs write
            }
            if (index.put(name, i) != null) {
                throw PreviewFailure.badInput(file + ", line 1: column '" + name + "' appears twice in the header");
            }
        }
        List<String> missing = kind.columns.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw PreviewFailure.badInput(file + ", line 1: header lacks " + String.join(", ", missing) + "; expected "
                    + String.join(",", kind.columns));
        }
        return index;
    }

    private InputRow row(CSVRecord record, Map<String, Integer> columns, long line) {
        if (record.size() != columns.size()) {
            throw PreviewFailure.badInput(file + ", line " + line + ": expected " + columns.size() + " fields like the header, got "
                    + record.size());
        }
        Cells cells = new Cells(record, columns, line);
        String id = cells.id(kind == Kind.LEGACY ? "legacy_id" : "basispoort_id");
        String school = cells.school();
        Role role = cells.role();
        PersonName name = cells.name();
        Optional<String> group = cells.optional("group");
        if (kind == Kind.LEGACY) {
            long results = cells.count("test_results_count");
            return new InputRow(true, school, new MatchAccount(id, role, name, group, Optional.empty(), Set.of(), results,
                    OptionalInt.empty()), line);
        }
        Optional<String> eck = cells.optional("eck_id");
        OptionalInt birthYear = cells.year("birth_year");
        return new InputRow(false, school, new MatchAccount(id, role, name, group, eck, Set.of(), 0, birthYear), line);
    }

    /** Typed access to one row's cells, with errors that say file, line and column. */
    private final class Cells {
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final long line;

        Cells(CSVRecord record, Map<String, Integer> columns, long line) {
            this.record = record;
            this.columns = columns;
            this.line = line;
        }

        String raw(String column) {
            return record.get(columns.get(column)).strip();
        }

        PreviewFailure bad(String column, String problem) {
            return PreviewFailure.badInput(file + ", line " + line + ", column " + column + ": " + problem);
        }

        String id(String column) {
            String value = raw(column);
            if (value.isEmpty()) {
                throw bad(column, "expected an id, got an empty field");
            }
            if (value.length() > MAX_ID_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
                throw bad(column, "expected at most " + MAX_ID_LENGTH + " printable characters");
            }
            return value;
        }

        String school() {
            String value = raw("school");
            if (!SCHOOL.matcher(value).matches()) {
                throw bad("school", "expected a BRIN-like code such as 12AB00, got '" + printable(value) + "'");
            }
            return value.toUpperCase(Locale.ROOT);
        }

        Role role() {
            String value = raw("role").toLowerCase(Locale.ROOT);
            return switch (value) {
                case "pupil" -> Role.PUPIL;
                case "teacher" -> Role.TEACHER;
                default -> throw bad("role", "expected pupil or teacher, got '" + printable(value) + "'");
            };
        }

        PersonName name() {
            String first = raw("first_name");
            String infix = raw("infix");
            String last = raw("last_name");
            if (first.isEmpty() && last.isEmpty()) {
                throw bad("first_name", "expected a first or last name, both are empty");
            }
            try {
                return PersonName.of(first, infix, last);
            } catch (InvalidInputException e) {
                throw bad("first_name/infix/last_name", e.getMessage().replaceFirst("^\\[[A-Z0-9-]+\\] ", ""));
            }
        }

        Optional<String> optional(String column) {
            String value = raw(column);
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw bad(column, "control characters are not allowed");
            }
            if (value.length() > MAX_OPTIONAL_LENGTH) {
                throw bad(column, "expected at most " + MAX_OPTIONAL_LENGTH + " characters, got " + value.length());
            }
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        long count(String column) {
            String value = raw(column);
            if (value.isEmpty()) {
                return 0;
            }
            try {
                long n = Long.parseLong(value);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(column, "expected a whole number of 0 or more, got '" + printable(value) + "'");
        }

        OptionalInt year(String column) {
            String value = raw(column);
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            try {
                int year = Integer.parseInt(value);
                if (year >= 1900 && year <= 2100) {
                    return OptionalInt.of(year);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(column, "expected a year such as 2016 or an empty field, got '" + printable(value) + "'");
        }
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** Counts bytes for the progress report. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong counter;

        Counting(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }
}
