package nl.schoolsupport.poortwachter.testing;

import nl.schoolsupport.poortwachter.privacy.AesGcmDataProtector;
import nl.schoolsupport.poortwachter.privacy.DataProtector;

/** Secrets generated per test run; nothing is committed. */
public final class TestKeys {

    private TestKeys() {
    }

    public static String dataKey() {
        return AesGcmDataProtector.generateSecret();
    }

    public static DataProtector protector() {
        return AesGcmDataProtector.fromBase64(dataKey());
    }
}
