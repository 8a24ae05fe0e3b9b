package dev.suitcase.vectors.keys;

import dev.suitcase.vectors.model.Bytes;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.HSSKeyPairGenerator;
import org.bouncycastle.crypto.params.HSSKeyGenerationParameters;
import org.bouncycastle.crypto.params.HSSPrivateKeyParameters;
import org.bouncycastle.crypto.params.HSSPublicKeyParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.signers.HSSSigner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An HSS-LMS test key generated from a {@link SeededRandom} keyed by the label, so that the same
 * label and parameters give the same key on every run.
 *
 * <p>HSS-LMS is stateful: each signature consumes a one-time key, so the n-th signature of a key
 * depends on the n-1 before it. A generator that wants reproducible signatures creates the key
 * afresh and signs in a fixed order; this object must not be shared between families.
 */
public final class HssLmsTestKey {
    private final HSSPrivateKeyParameters privateKey;
    private final byte[] publicKey;

    private HssLmsTestKey(HSSPrivateKeyParameters privateKey, HSSPublicKeyParameters publicKey) {
        this.privateKey = privateKey;
        try {
            this.publicKey = publicKey.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException("BouncyCastle could not encode an HSS public key it generated", e);
        }
    }

    /** A key with one LMS tree per element of {@code levels}, top level first (L = levels.size()). */
    public static HssLmsTestKey generate(String label, List<LMSParameters> levels) {
        if (levels.isEmpty() || levels.size() > 8) {
            throw new IllegalArgumentException("HSS has 1 to 8 levels (RFC 8554 §6), not " + levels.size());
        }
        HSSKeyPairGenerator generator = new HSSKeyPairGenerator();
        generator.init(new HSSKeyGenerationParameters(levels.toArray(LMSParameters[]::new),
                new SeededRandom("suitcase hss-lms test key: " + label)));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new HssLmsTestKey((HSSPrivateKeyParameters) pair.getPrivate(), (HSSPublicKeyParameters) pair.getPublic());
    }

    /** The RFC 8554 HSS public key: L, then the top-level LMS public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The public key as an HSS-LMS COSE_Key (RFC 8778). */
    public Bytes coseKey() {
        return CoseKeys.hssLms(publicKey);
    }

    /** The next HSS signature over {@code message}; it uses up one one-time key. */
    public Bytes sign(byte[] message) {
        HSSSigner signer = new HSSSigner();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return Bytes.of(signer.generateSignature());
    }
}
