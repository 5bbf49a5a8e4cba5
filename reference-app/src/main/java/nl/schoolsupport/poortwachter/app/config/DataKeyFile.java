package nl.schoolsupport.poortwachter.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.privacy.AesGcmDataProtector;

/**
 * For the embedded default only: the data key lives next to the H2 database ({@code data-key}, owner-only),
 * generated on first start. Losing it makes stored ECK iDs unreadable, exactly like losing the database.
 */
public final class DataKeyFile {

    private DataKeyFile() {
    }

    public static String loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve("data-key");
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, AesGcmDataProtector.generateSecret() + "\n", StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first; read theirs
                } catch (UnsupportedOperationException noPosix) {
                    Files.writeString(file, AesGcmDataProtector.generateSecret() + "\n", StandardCharsets.US_ASCII);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new ConfigurationException("security.data-key", "cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }
}
