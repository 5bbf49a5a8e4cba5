package nl.schoolsupport.poortwachter.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.error.CoreErrorCode;
import nl.schoolsupport.poortwachter.error.PoortwachterException;

/**
 * {@link DataProtector} on the JDK only: HMAC-SHA256 for look-up keys and AES-256-GCM for encryption.
 * Both keys are derived from one 32-byte master secret with HMAC (a one-step HKDF-expand), so operators
 * keep a single secret ({@code security.data-key}, base64) and the two uses can never share a key.
 */
public final class AesGcmDataProtector implements DataProtector {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String VERSION_PREFIX = "v1:";

    private final SecretKeySpec macKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();
    /** Look-ups run for every synced user: keep one initialised Mac per thread instead of one per call. */
    private final ThreadLocal<Mac> lookupMac = ThreadLocal.withInitial(this::newLookupMac);

    public AesGcmDataProtector(byte[] masterSecret) {
        if (masterSecret == null || masterSecret.length < 32) {
            throw new ConfigurationException("security.data-key", "expected at least 32 random bytes (base64), got "
                    + (masterSecret == null ? 0 : masterSecret.length));
        }
        this.macKey = new SecretKeySpec(derive(masterSecret, "poortwachter lookup v1"), "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(derive(masterSecret, "poortwachter encryption v1"), "AES");
    }

    public static AesGcmDataProtector fromBase64(String base64) {
        try {
            return new AesGcmDataProtector(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("security.data-key", "expected base64, got something else");
        }
    }

    /** 32 fresh random bytes, base64: what an operator puts in {@code security.data-key}. */
    public static String generateSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static byte[] derive(byte[] master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from this JDK", e);
        }
    }

    private Mac newLookupMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from this JDK", e);
        }
    }

    @Override
    public String lookupKey(String purpose, String value) {
        Mac mac = lookupMac.get();
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String encrypt(String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION_PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    @Override
    public String decrypt(String ciphertext) {
        if (ciphertext == null || !ciphertext.startsWith(VERSION_PREFIX)) {
            throw new PoortwachterException(CoreErrorCode.INVALID_INPUT, "encrypted value: expected prefix "
                    + VERSION_PREFIX + ", got another format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(ciphertext.substring(VERSION_PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PoortwachterException(CoreErrorCode.INVALID_INPUT,
                    "encrypted value: authentication failed (tampered, or made with another security.data-key)", e);
        }
    }
}
