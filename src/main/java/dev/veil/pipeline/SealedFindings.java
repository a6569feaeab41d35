package dev.veil.pipeline;

import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bytes of one shared-cache entry: the findings of a document's units as spans (unit index,
 * start, end), types, scores, detector and rule names — never a value or any text — plus the SHA-256 of
 * the texts they were found in and an expiry, sealed with AES-256-GCM.
 * <p>
 * Layout: {@code version (1) | key id (UTF) | nonce (12) | ciphertext+tag}. The AES key is derived
 * from the named key of the ring with its own label ({@link #KEY_PURPOSE}); the additional
 * authenticated data binds the entry to its cache id and key id, so an entry copied under
 * another id, altered, or sealed with a key this ring lacks does not open. Opening fails with
 * {@link Rejected}, never with partial findings.
 */
final class SealedFindings {
    static final String KEY_PURPOSE = "shared-detection-cache/aes-256-gcm";
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** An entry that cannot be used (foreign key, tampered, malformed, stale or for other texts). */
    static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason);
        }
    }

    /** What an entry holds once opened. */
    record Contents(Instant expiresAt, byte[] textDigest, List<List<Finding>> findings) {
    }

    private SealedFindings() {
    }

    static byte[] seal(String cacheId, TokenKey key, Contents contents, SecureRandom random) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher gcm = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            gcm.updateAAD(aad(cacheId, key.id()));
            byte[] sealed = gcm.doFinal(encode(contents));
            ByteArrayOutputStream out = new ByteArrayOutputStream(sealed.length + 64);
            DataOutputStream data = new DataOutputStream(out);
            data.writeByte(VERSION);
            data.writeUTF(key.id());
            data.write(nonce);
            data.write(sealed);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Contents open(String cacheId, KeyRing ring, byte[] entry) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
            if (in.readByte() != VERSION) {
                throw new Rejected("unknown entry version");
            }
            String keyId = in.readUTF();
            TokenKey key = ring.byId(keyId).orElseThrow(() -> new Rejected("sealed with a key this ring lacks"));
            byte[] nonce = in.readNBytes(NONCE_BYTES);
            byte[] sealed = in.readAllBytes();
            if (nonce.length != NONCE_BYTES || sealed.length < TAG_BITS / 8) {
                throw new Rejected("truncated entry");
            }
            Cipher gcm = cipher(Cipher.DECRYPT_MODE, key, nonce);
            gcm.updateAAD(aad(cacheId, keyId));
            return decode(gcm.doFinal(sealed));
        } catch (javax.crypto.AEADBadTagException e) {
            throw new Rejected("entry does not authenticate");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Rejected r) {
                throw r;
            }
            throw new Rejected("malformed entry (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** SHA-256 over the texts, each prefixed by its length, so unit boundaries count. */
    static byte[] digest(List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                byte[] b = t.getBytes(StandardCharsets.UTF_8);
                sha.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
                        (byte) b.length});
                sha.update(b);
            }
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static Cipher cipher(int mode, TokenKey key, byte[] nonce) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key.derive(KEY_PURPOSE), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return c;
    }

    private static byte[] aad(String cacheId, String keyId) {
        return ("veil/shared-detection-cache/v" + VERSION + "|" + cacheId + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    /** What findings share: type, score, detector and rule (a document has few distinct ones). */
    private record Kind(EntityType type, double score, String detector, String rule) {
        static Kind of(Finding f) {
            return new Kind(f.type(), f.score(), f.detector(), f.explanation().rule());
        }
    }

    /**
     * Compact, since DynamoDB items hold at most 400 KB: a table of the distinct kinds, then per
     * finding its kind's index, the distance of its start from the previous start (zig-zag, so the
     * order is kept) and its length, as variable-length integers.
     */
    private static byte[] encode(Contents c) throws IOException {
        Map<Kind, Integer> kinds = new LinkedHashMap<>();
        c.findings().forEach(unit -> unit.forEach(f -> kinds.putIfAbsent(Kind.of(f), kinds.size())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.writeLong(c.expiresAt().getEpochSecond());
        data.write(c.textDigest());
        writeVarint(data, kinds.size());
        for (Kind k : kinds.keySet()) {
            data.writeUTF(k.type().name());
            data.writeDouble(k.score());
            data.writeUTF(k.detector());
            data.writeUTF(k.rule());
        }
        writeVarint(data, c.findings().size());
        for (List<Finding> unit : c.findings()) {
            writeVarint(data, unit.size());
            int previous = 0;
            for (Finding f : unit) {
                writeVarint(data, kinds.get(Kind.of(f)));
                int delta = f.start() - previous;
                writeVarint(data, (delta << 1) ^ (delta >> 31));
                writeVarint(data, f.length());
                previous = f.start();
            }
        }
        return out.toByteArray();
    }

    private static Contents decode(byte[] plain) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
        Instant expiresAt = Instant.ofEpochSecond(in.readLong());
        byte[] digest = in.readNBytes(32);
        List<Kind> kinds = new ArrayList<>();
        for (int i = readCount(in, plain.length); i > 0; i--) {
            kinds.add(new Kind(EntityType.valueOf(in.readUTF()), in.readDouble(), in.readUTF(), in.readUTF()));
        }
        int units = readCount(in, plain.length);
        List<List<Finding>> findings = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            int n = readCount(in, plain.length);
            List<Finding> unit = new ArrayList<>(n);
            int previous = 0;
            for (int i = 0; i < n; i++) {
                Kind k = kinds.get(readVarint(in));
                int zigzag = readVarint(in);
                int start = previous + ((zigzag >>> 1) ^ -(zigzag & 1));
                int end = start + readVarint(in);
                unit.add(new Finding(k.type(), start, end, k.score(), k.detector(),
                        Explanation.of(k.rule(), k.score()).with("from the shared detection cache")));
                previous = start;
            }
            findings.add(List.copyOf(unit));
        }
        if (in.available() > 0) {
            throw new Rejected("trailing bytes");
        }
        return new Contents(expiresAt, digest, List.copyOf(findings));
    }

    private static int readCount(DataInputStream in, int limit) throws IOException {
        int n = readVarint(in);
        if (n < 0 || n > limit) {
            throw new Rejected("bad count");
        }
        return n;
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new Rejected("bad number");
    }
}
