package nl.schoolsupport.poortwachter.merge.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.merge.matching.MatchAccount;

/**
 * Splits the input rows by school into a bounded number of buckets, so that a school's legacy and imported
 * rows end up together however the files are ordered, and only one bucket is in memory at a time. One bucket
 * stays in memory; more buckets are spilled to temporary files (deleted on close).
 */
final class SchoolBuckets implements Closeable {

    private final int count;
    private final List<InputRow> inMemory = new ArrayList<>();
    private final Path directory;
    private final DataOutputStream[] outputs;

    private SchoolBuckets(int count, Path directory, DataOutputStream[] outputs) {
        this.count = count;
        this.directory = directory;
        this.outputs = outputs;
    }

    static SchoolBuckets inMemory() {
        return new SchoolBuckets(1, null, null);
    }

    static SchoolBuckets onDisk(int count) throws IOException {
        Path directory = Files.createTempDirectory("merge-preview-");
        DataOutputStream[] outputs = new DataOutputStream[count];
        for (int i = 0; i < count; i++) {
            outputs[i] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(directory.resolve(i + ".bin")),
                    1 << 16));
        }
        return new SchoolBuckets(count, directory, outputs);
    }

    int count() {
        return count;
    }

    void add(InputRow row) {
        if (outputs == null) {
            inMemory.add(row);
            return;
        }
        int bucket = Math.floorMod(row.school().hashCode(), count);
        try {
            write(outputs[bucket], row);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a temporary file", e);
        }
    }

    /** Finishes writing; call once after the last {@link #add}. */
    void seal() throws IOException {
        if (outputs != null) {
            for (DataOutputStream out : outputs) {
                out.close();
            }
        }
    }

    List<InputRow> read(int bucket) throws IOException {
        if (outputs == null) {
            return inMemory;
        }
        List<InputRow> rows = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(directory.resolve(bucket + ".bin")), 1 << 16))) {
            while (true) {
                boolean legacy;
                try {
                    legacy = in.readBoolean();
                } catch (EOFException end) {
                    return rows;
                }
                rows.add(readRest(in, legacy));
            }
        }
    }

    private static void write(DataOutputStream out, InputRow row) throws IOException {
        MatchAccount a = row.account();
        out.writeBoolean(row.legacy());
        out.writeUTF(row.school());
        out.writeUTF(a.id());
        out.writeBoolean(a.role() == Role.TEACHER);
        out.writeUTF(a.name().first());
        out.writeUTF(a.name().infix());
        out.writeUTF(a.name().last());
        out.writeUTF(a.group().orElse(""));
        out.writeUTF(a.eckKey().orElse(""));
        out.writeLong(a.resultsCount());
        out.writeInt(a.birthYear().orElse(-1));
        out.writeLong(row.line());
    }

    private static InputRow readRest(DataInputStream in, boolean legacy) throws IOException {
        String school = in.readUTF();
        String id = in.readUTF();
        Role role = in.readBoolean() ? Role.TEACHER : Role.PUPIL;
        PersonName name = PersonName.of(in.readUTF(), in.readUTF(), in.readUTF());
        String group = in.readUTF();
        String eck = in.readUTF();
        long results = in.readLong();
        int birthYear = in.readInt();
        long line = in.readLong();
        return new InputRow(legacy, school, new MatchAccount(id, role, name, Optional.of(group), Optional.of(eck), Set.of(),
                results, birthYear < 0 ? OptionalInt.empty() : OptionalInt.of(birthYear)), line);
    }

    @Override
    public void close() {
        if (directory == null) {
            return;
        }
        for (int i = 0; i < count; i++) {
            try {
                outputs[i].close();
            } catch (IOException ignored) {
                // closing is best effort; the file is deleted next
            }
            try {
                Files.deleteIfExists(directory.resolve(i + ".bin"));
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
        try {
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // see above
        }
    }
}
