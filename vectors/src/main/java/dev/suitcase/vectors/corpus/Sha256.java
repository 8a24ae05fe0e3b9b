package dev.suitcase.vectors.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 for the vectors module: of a corpus file's bytes as the index records it, and of generator inputs. */
public final class Sha256 {
    private Sha256() {
    }

    /** The digest of {@code content}. */
    public static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** The digest of {@code content} as lowercase hex. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest(content));
    }
}
