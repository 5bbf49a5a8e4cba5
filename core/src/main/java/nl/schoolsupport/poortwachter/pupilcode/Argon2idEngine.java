package nl.schoolsupport.poortwachter.pupilcode;

import java.util.Arrays;

import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Argon2id (RFC 9106, version 0x13) that computes into memory it keeps from one hash to the next.
 *
 * <p>Why not Bouncy Castle's generator, which Shiro uses: it allocates the whole memory (19 MiB with OWASP
 * parameters, as 19,456 small arrays) for every hash. At 60 logins per second that is over 1 GB of garbage per
 * second, collected on the same cores that hash, and blocks of hashes in progress get promoted to the old
 * generation. This engine allocates its memory once; an engine is borrowed for one hash at a time from
 * {@link Argon2idHasher}'s small pool (one per hashing slot). Blocks are separate {@code long[128]} arrays and
 * the permutation keeps its sixteen words in registers, which makes it 5-20 % faster than Bouncy Castle on one
 * thread as well (docs/performance.md).
 *
 * <p>The compression function, indexing and variable-length hash follow RFC 9106 section 3 to the letter; BLAKE2b
 * itself is Bouncy Castle's. Tests check the RFC's test vector and agree with Bouncy Castle on random inputs and
 * parameters. The memory is wiped after every hash (as Bouncy Castle and the reference implementation do), so
 * intermediate blocks, which would let a heap-dump reader test guesses cheaply, do not linger.
 *
 * <p>Not thread-safe: one thread uses an engine at a time.
 */
final class Argon2idEngine {

    static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;
    private static final int SYNC_POINTS = 4;
    private static final int BLOCK_LONGS = 128;
    private static final int BLOCK_BYTES = BLOCK_LONGS * 8;
    private static final long LOW_32_BITS = 0xFFFF_FFFFL;

    /** A last-resort bound (4 GiB); {@link Argon2idHasher} refuses stored costs far above its own long before. */
    private static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

    private long[][] memory = new long[0][]; // one array per 1 KiB block
    private final long[] scratchR = new long[BLOCK_LONGS];
    private final long[] scratchTmp = new long[BLOCK_LONGS];
    private final long[] zeroBlock = new long[BLOCK_LONGS];
    private final long[] inputBlock = new long[BLOCK_LONGS];
    private final long[] addressBlock = new long[BLOCK_LONGS];

    private int lanes;
    private int laneLength;
    private int segmentLength;
    private int iterations;
    private int memoryBlocks;

    /**
     * Computes an Argon2id tag.
     *
     * @param secret         the optional key K (empty for none)
     * @param associatedData the optional associated data X (empty for none)
     */
    byte[] hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKiB, int passes,
            int parallelism, int tagLength) {
        if (parallelism < 1 || parallelism > 0xFF_FFFF || passes < 1 || tagLength < 4 || memoryKiB < 8 * parallelism
                || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("invalid Argon2 parameters: m=" + memoryKiB + " t=" + passes + " p="
                    + parallelism + " tag length=" + tagLength);
        }
        lanes = parallelism;
        iterations = passes;
        segmentLength = memoryKiB / (SYNC_POINTS * parallelism);
        laneLength = segmentLength * SYNC_POINTS;
        memoryBlocks = laneLength * parallelism;
        if (memory.length < memoryBlocks) {
            long[][] grown = Arrays.copyOf(memory, memoryBlocks);
            for (int b = memory.length; b < memoryBlocks; b++) {
                grown[b] = new long[BLOCK_LONGS];
            }
            memory = grown;
        }
        try {
            byte[] h0 = initialHash(password, salt, secret, associatedData, memoryKiB, tagLength);
            fillFirstBlocks(h0);
            for (int pass = 0; pass < iterations; pass++) {
                for (int slice = 0; slice < SYNC_POINTS; slice++) {
                    for (int lane = 0; lane < lanes; lane++) {
                        fillSegment(pass, lane, slice);
                    }
                }
            }
            return finalTag(tagLength);
        } finally {
            for (int b = 0; b < memoryBlocks; b++) {
                Arrays.fill(memory[b], 0L);
            }
            Arrays.fill(scratchR, 0L);
            Arrays.fill(scratchTmp, 0L);
            Arrays.fill(addressBlock, 0L);
        }
    }

    /** The memory this engine holds on to between hashes, in bytes. */
    long retainedBytes() {
        return memory.length * (long) BLOCK_BYTES;
    }

    private byte[] initialHash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKiB,
            int tagLength) {
        Blake2bDigest digest = new Blake2bDigest(512);
        updateLe32(digest, lanes);
        updateLe32(digest, tagLength);
        updateLe32(digest, memoryKiB);
        updateLe32(digest, iterations);
        updateLe32(digest, VERSION);
        updateLe32(digest, TYPE_ID);
        updateWithLength(digest, password);
        updateWithLength(digest, salt);
        updateWithLength(digest, secret);
        updateWithLength(digest, associatedData);
        byte[] h0 = new byte[64 + 8]; // room for the two counters of the first blocks
        digest.doFinal(h0, 0);
        return h0;
    }

    private void fillFirstBlocks(byte[] h0) {
        byte[] block = new byte[BLOCK_BYTES];
        for (int lane = 0; lane < lanes; lane++) {
            for (int column = 0; column < 2; column++) {
                putLe32(h0, 64, column);
                putLe32(h0, 68, lane);
                variableLengthHash(h0, block);
                long[] target = memory[lane * laneLength + column];
                for (int k = 0; k < BLOCK_LONGS; k++) {
                    target[k] = getLe64(block, k * 8);
                }
            }
        }
        Arrays.fill(block, (byte) 0);
        Arrays.fill(h0, (byte) 0);
    }

    private void fillSegment(int pass, int lane, int slice) {
        boolean dataIndependent = pass == 0 && slice < SYNC_POINTS / 2;
        if (dataIndependent) {
            Arrays.fill(inputBlock, 0L);
            inputBlock[0] = pass;
            inputBlock[1] = lane;
            inputBlock[2] = slice;
            inputBlock[3] = memoryBlocks;
            inputBlock[4] = iterations;
            inputBlock[5] = TYPE_ID;
        }
        int startingIndex = 0;
        if (pass == 0 && slice == 0) {
            startingIndex = 2; // the first two blocks of each lane come from H0
            if (dataIndependent) {
                nextAddresses();
            }
        }
        int current = lane * laneLength + slice * segmentLength + startingIndex;
        int previous = current % laneLength == 0 ? current + laneLength - 1 : current - 1;
        for (int index = startingIndex; index < segmentLength; index++, current++, previous++) {
            if (current % laneLength == 1) {
                previous = current - 1;
            }
            long pseudoRandom;
            if (dataIndependent) {
                if (index % BLOCK_LONGS == 0) {
                    nextAddresses();
                }
                pseudoRandom = addressBlock[index % BLOCK_LONGS];
            } else {
                pseudoRandom = memory[previous][0];
            }
            int referenceLane = (pass == 0 && slice == 0) ? lane : (int) ((pseudoRandom >>> 32) % lanes);
            int referenceIndex = referenceIndex(pass, slice, index, pseudoRandom & LOW_32_BITS, referenceLane == lane);
            int reference = referenceLane * laneLength + referenceIndex;
            compress(memory[previous], memory[reference], memory[current], pass > 0);
        }
    }

    /** RFC 9106 section 3.4.1.2: maps J1 onto the blocks this one may reference. */
    private int referenceIndex(int pass, int slice, int index, long j1, boolean sameLane) {
        long referenceAreaSize;
        if (pass == 0) {
            if (slice == 0) {
                referenceAreaSize = index - 1;
            } else if (sameLane) {
                referenceAreaSize = (long) slice * segmentLength + index - 1;
            } else {
                referenceAreaSize = (long) slice * segmentLength + (index == 0 ? -1 : 0);
            }
        } else if (sameLane) {
            referenceAreaSize = laneLength - segmentLength + index - 1;
        } else {
            referenceAreaSize = laneLength - segmentLength + (index == 0 ? -1 : 0);
        }
        long x = (j1 * j1) >>> 32;
        long relativePosition = referenceAreaSize - 1 - ((referenceAreaSize * x) >>> 32);
        long startPosition = 0;
        if (pass != 0 && slice != SYNC_POINTS - 1) {
            startPosition = (long) (slice + 1) * segmentLength;
        }
        return (int) ((startPosition + relativePosition) % laneLength);
    }

    private void nextAddresses() {
        inputBlock[6]++;
        compress(zeroBlock, inputBlock, addressBlock, false);
        compress(zeroBlock, addressBlock, addressBlock, false);
    }

    /** The compression function G: out = P(x ^ y) ^ (x ^ y), also xor-ed with the old out from the second pass. */
    private void compress(long[] x, long[] y, long[] out, boolean xorWithOut) {
        long[] r = scratchR;
        long[] tmp = scratchTmp;
        for (int k = 0; k < BLOCK_LONGS; k++) {
            r[k] = x[k] ^ y[k];
        }
        if (xorWithOut) {
            for (int k = 0; k < BLOCK_LONGS; k++) {
                tmp[k] = r[k] ^ out[k];
            }
        } else {
            System.arraycopy(r, 0, tmp, 0, BLOCK_LONGS);
        }
        for (int row = 0; row < 8; row++) {
            permuteRow(r, 16 * row);
        }
        for (int column = 0; column < 8; column++) {
            permuteColumn(r, 2 * column);
        }
        for (int k = 0; k < BLOCK_LONGS; k++) {
            out[k] = tmp[k] ^ r[k];
        }
    }

    /*
     * The permutation P: one BLAKE2b round without message words, with the multiplication-hardened G, on the
     * sixteen words of a row (v[b] .. v[b+15]) or of a column (v[b], v[b+1], v[b+16], v[b+17], ... v[b+113]).
     * Two methods with the same body on purpose: HotSpot does not inline a method this large, so only constant
     * index offsets inside the method itself let it keep the words in registers (one shared method taking the
     * stride made every hash 20 % slower).
     */
    private static void permuteRow(long[] v, int b) {
        long v0 = v[b], v1 = v[b + 1], v2 = v[b + 2], v3 = v[b + 3];
        long v4 = v[b + 4], v5 = v[b + 5], v6 = v[b + 6], v7 = v[b + 7];
        long v8 = v[b + 8], v9 = v[b + 9], v10 = v[b + 10], v11 = v[b + 11];
        long v12 = v[b + 12], v13 = v[b + 13], v14 = v[b + 14], v15 = v[b + 15];
        // columns: G(v0, v4, v8, v12) ... G(v3, v7, v11, v15)
        v0 = mix(v0, v4); v12 = ror(v12 ^ v0, 32); v8 = mix(v8, v12); v4 = ror(v4 ^ v8, 24);
        v0 = mix(v0, v4); v12 = ror(v12 ^ v0, 16); v8 = mix(v8, v12); v4 = ror(v4 ^ v8, 63);
        v1 = mix(v1, v5); v13 = ror(v13 ^ v1, 32); v9 = mix(v9, v13); v5 = ror(v5 ^ v9, 24);
        v1 = mix(v1, v5); v13 = ror(v13 ^ v1, 16); v9 = mix(v9, v13); v5 = ror(v5 ^ v9, 63);
        v2 = mix(v2, v6); v14 = ror(v14 ^ v2, 32); v10 = mix(v10, v14); v6 = ror(v6 ^ v10, 24);
        v2 = mix(v2, v6); v14 = ror(v14 ^ v2, 16); v10 = mix(v10, v14); v6 = ror(v6 ^ v10, 63);
        v3 = mix(v3, v7); v15 = ror(v15 ^ v3, 32); v11 = mix(v11, v15); v7 = ror(v7 ^ v11, 24);
        v3 = mix(v3, v7); v15 = ror(v15 ^ v3, 16); v11 = mix(v11, v15); v7 = ror(v7 ^ v11, 63);
        // diagonals: G(v0, v5, v10, v15) ... G(v3, v4, v9, v14)
        v0 = mix(v0, v5); v15 = ror(v15 ^ v0, 32); v10 = mix(v10, v15); v5 = ror(v5 ^ v10, 24);
        v0 = mix(v0, v5); v15 = ror(v15 ^ v0, 16); v10 = mix(v10, v15); v5 = ror(v5 ^ v10, 63);
        v1 = mix(v1, v6); v12 = ror(v12 ^ v1, 32); v11 = mix(v11, v12); v6 = ror(v6 ^ v11, 24);
        v1 = mix(v1, v6); v12 = ror(v12 ^ v1, 16); v11 = mix(v11, v12); v6 = ror(v6 ^ v11, 63);
        v2 = mix(v2, v7); v13 = ror(v13 ^ v2, 32); v8 = mix(v8, v13); v7 = ror(v7 ^ v8, 24);
        v2 = mix(v2, v7); v13 = ror(v13 ^ v2, 16); v8 = mix(v8, v13); v7 = ror(v7 ^ v8, 63);
        v3 = mix(v3, v4); v14 = ror(v14 ^ v3, 32); v9 = mix(v9, v14); v4 = ror(v4 ^ v9, 24);
        v3 = mix(v3, v4); v14 = ror(v14 ^ v3, 16); v9 = mix(v9, v14); v4 = ror(v4 ^ v9, 63);

        v[b] = v0; v[b + 1] = v1; v[b + 2] = v2; v[b + 3] = v3;
        v[b + 4] = v4; v[b + 5] = v5; v[b + 6] = v6; v[b + 7] = v7;
        v[b + 8] = v8; v[b + 9] = v9; v[b + 10] = v10; v[b + 11] = v11;
        v[b + 12] = v12; v[b + 13] = v13; v[b + 14] = v14; v[b + 15] = v15;
    }

    private static void permuteColumn(long[] v, int b) {
        long v0 = v[b], v1 = v[b + 1], v2 = v[b + 16], v3 = v[b + 17];
        long v4 = v[b + 32], v5 = v[b + 33], v6 = v[b + 48], v7 = v[b + 49];
        long v8 = v[b + 64], v9 = v[b + 65], v10 = v[b + 80], v11 = v[b + 81];
        long v12 = v[b + 96], v13 = v[b + 97], v14 = v[b + 112], v15 = v[b + 113];
        // columns: G(v0, v4, v8, v12) ... G(v3, v7, v11, v15)
        v0 = mix(v0, v4); v12 = ror(v12 ^ v0, 32); v8 = mix(v8, v12); v4 = ror(v4 ^ v8, 24);
        v0 = mix(v0, v4); v12 = ror(v12 ^ v0, 16); v8 = mix(v8, v12); v4 = ror(v4 ^ v8, 63);
        v1 = mix(v1, v5); v13 = ror(v13 ^ v1, 32); v9 = mix(v9, v13); v5 = ror(v5 ^ v9, 24);
        v1 = mix(v1, v5); v13 = ror(v13 ^ v1, 16); v9 = mix(v9, v13); v5 = ror(v5 ^ v9, 63);
        v2 = mix(v2, v6); v14 = ror(v14 ^ v2, 32); v10 = mix(v10, v14); v6 = ror(v6 ^ v10, 24);
        v2 = mix(v2, v6); v14 = ror(v14 ^ v2, 16); v10 = mix(v10, v14); v6 = ror(v6 ^ v10, 63);
        v3 = mix(v3, v7); v15 = ror(v15 ^ v3, 32); v11 = mix(v11, v15); v7 = ror(v7 ^ v11, 24);
        v3 = mix(v3, v7); v15 = ror(v15 ^ v3, 16); v11 = mix(v11, v15); v7 = ror(v7 ^ v11, 63);
        // diagonals: G(v0, v5, v10, v15) ... G(v3, v4, v9, v14)
        v0 = mix(v0, v5); v15 = ror(v15 ^ v0, 32); v10 = mix(v10, v15); v5 = ror(v5 ^ v10, 24);
        v0 = mix(v0, v5); v15 = ror(v15 ^ v0, 16); v10 = mix(v10, v15); v5 = ror(v5 ^ v10, 63);
        v1 = mix(v1, v6); v12 = ror(v12 ^ v1, 32); v11 = mix(v11, v12); v6 = ror(v6 ^ v11, 24);
        v1 = mix(v1, v6); v12 = ror(v12 ^ v1, 16); v11 = mix(v11, v12); v6 = ror(v6 ^ v11, 63);
        v2 = mix(v2, v7); v13 = ror(v13 ^ v2, 32); v8 = mix(v8, v13); v7 = ror(v7 ^ v8, 24);
        v2 = mix(v2, v7); v13 = ror(v13 ^ v2, 16); v8 = mix(v8, v13); v7 = ror(v7 ^ v8, 63);
        v3 = mix(v3, v4); v14 = ror(v14 ^ v3, 32); v9 = mix(v9, v14); v4 = ror(v4 ^ v9, 24);
        v3 = mix(v3, v4); v14 = ror(v14 ^ v3, 16); v9 = mix(v9, v14); v4 = ror(v4 ^ v9, 63);

        v[b] = v0; v[b + 1] = v1; v[b + 16] = v2; v[b + 17] = v3;
        v[b + 32] = v4; v[b + 33] = v5; v[b + 48] = v6; v[b + 49] = v7;
        v[b + 64] = v8; v[b + 65] = v9; v[b + 80] = v10; v[b + 81] = v11;
        v[b + 96] = v12; v[b + 97] = v13; v[b + 112] = v14; v[b + 113] = v15;
    }

    private static long ror(long value, int distance) {
        return Long.rotateRight(value, distance);
    }

    /** BlaMka: a + b + 2 * lo32(a) * lo32(b). */
    private static long mix(long a, long b) {
        return a + b + 2 * ((a & LOW_32_BITS) * (b & LOW_32_BITS));
    }

    private byte[] finalTag(int tagLength) {
        long[] last = scratchTmp;
        System.arraycopy(memory[laneLength - 1], 0, last, 0, BLOCK_LONGS);
        for (int lane = 1; lane < lanes; lane++) {
            long[] lastOfLane = memory[lane * laneLength + laneLength - 1];
            for (int k = 0; k < BLOCK_LONGS; k++) {
                last[k] ^= lastOfLane[k];
            }
        }
        byte[] block = new byte[BLOCK_BYTES];
        for (int k = 0; k < BLOCK_LONGS; k++) {
            putLe64(block, k * 8, last[k]);
        }
        byte[] tag = new byte[tagLength];
        variableLengthHash(block, tag);
        Arrays.fill(block, (byte) 0);
        return tag;
    }

    /** H' of RFC 9106 section 3.3: BLAKE2b stretched to any output length. */
    private static void variableLengthHash(byte[] input, byte[] out) {
        byte[] length = new byte[4];
        putLe32(length, 0, out.length);
        if (out.length <= 64) {
            Blake2bDigest digest = new Blake2bDigest(out.length * 8);
            digest.update(length, 0, 4);
            digest.update(input, 0, input.length);
            digest.doFinal(out, 0);
            return;
        }
        Blake2bDigest digest = new Blake2bDigest(512);
        byte[] v = new byte[64];
        digest.update(length, 0, 4);
        digest.update(input, 0, input.length);
        digest.doFinal(v, 0);
        int r = (out.length + 31) / 32 - 2;
        int position = 0;
        System.arraycopy(v, 0, out, position, 32);
        position += 32;
        for (int i = 2; i <= r; i++) {
            digest.update(v, 0, 64);
            digest.doFinal(v, 0);
            System.arraycopy(v, 0, out, position, 32);
            position += 32;
        }
        int lastLength = out.length - 32 * r;
        Blake2bDigest last = new Blake2bDigest(lastLength * 8);
        last.update(v, 0, 64);
        last.doFinal(out, position);
        Arrays.fill(v, (byte) 0);
    }

    private static void updateLe32(Blake2bDigest digest, int value) {
        byte[] bytes = new byte[4];
        putLe32(bytes, 0, value);
        digest.update(bytes, 0, 4);
    }

    private static void updateWithLength(Blake2bDigest digest, byte[] data) {
        updateLe32(digest, data.length);
        digest.update(data, 0, data.length);
    }

    private static void putLe32(byte[] out, int offset, int value) {
        out[offset] = (byte) value;
        out[offset + 1] = (byte) (value >>> 8);
        out[offset + 2] = (byte) (value >>> 16);
        out[offset + 3] = (byte) (value >>> 24);
    }

    private static void putLe64(byte[] out, int offset, long value) {
        for (int i = 0; i < 8; i++) {
            out[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private static long getLe64(byte[] in, int offset) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (in[offset + i] & 0xFFL);
        }
        return value;
    }
}
