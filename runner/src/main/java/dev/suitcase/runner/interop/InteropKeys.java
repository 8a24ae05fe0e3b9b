package dev.suitcase.runner.interop;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import org.bouncycastle.crypto.params.HSSPrivateKeyParameters;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The test keys of the producer × verifier matrix: one per algorithm family, given to every
 * producer as a private COSE_Key and to every verifier as its trust anchor. All are published, so
 * anyone can reproduce an envelope; never use them for anything else.
 * <ul>
 *   <li>P-256 (ES256, ESP256): the example key of draft-ietf-suit-manifest-37 Appendix B, which
 *       signs the specification's examples ({@link EcdsaP256TestKey#SUIT_MANIFEST_APPENDIX_B});</li>
 *   <li>Ed25519 (EdDSA, Ed25519): the key of RFC 8032 §7.1, TEST 1 ({@link Ed25519TestKey#RFC8032_TEST_1});</li>
 *   <li>HSS-LMS: two levels of LMS SHA-256 H5 trees with LM-OTS SHA-256 W4 (1024 signatures), the
 *       {@link HssLmsTestKey} labelled {@value #HSS_LABEL}, in this suite's private form
 *       (label -2: the BouncyCastle encoding, see the reference producer's {@code PrivateCoseKey}).</li>
 * </ul>
 * HSS-LMS keys are stateful: signing twice from one state reuses a one-time key (RFC 8554 §9.2).
 * Each {@link #signingKey} call for HSS-LMS therefore hands out a shard of the key good for exactly one
 * signature, the next one-time key, so no two sign requests of a matrix share one, whichever producer
 * gets them and whether or not it keeps state. An instance belongs to one matrix run.
 */
public final class InteropKeys {
    static final String HSS_LABEL = "suitcase interop hss-lms key";

    private static final EcdsaP256TestKey P256 = EcdsaP256TestKey.SUIT_MANIFEST_APPENDIX_B;
    private static final Ed25519TestKey ED25519 = Ed25519TestKey.RFC8032_TEST_1;

    private final HSSPrivateKeyParameters hss;
    private final Map<Algorithm.Family, Bytes> publicKeys = new EnumMap<>(Algorithm.Family.class);

    private InteropKeys(HSSPrivateKeyParameters hss) {
        this.hss = hss;
        publicKeys.put(Algorithm.Family.ECDSA_P256, CoseKeys.of(P256));
        publicKeys.put(Algorithm.Family.ED25519, CoseKeys.of(ED25519));
        publicKeys.put(Algorithm.Family.HSS_LMS, CoseKeys.hssLms(encoded(() -> hss.getPublicKey().getEncoded())));
    }

    /** The keys in their initial state; the HSS-LMS key is generated afresh (the same key every time). */
    public static InteropKeys standard() {
        LMSParameters level = new LMSParameters(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4);
        return new InteropKeys(HssLmsTestKey.generate(HSS_LABEL, List.of(level, level)).privateKey());
    }

    /** The trust anchor for envelopes signed with {@code algorithm}: the public COSE_Key. */
    public Bytes publicKey(Algorithm algorithm) {
        return publicKeys.get(algorithm.family());
    }

    /**
     * The private COSE_Key a producer signs {@code algorithm} with; for HSS-LMS a fresh shard good for
     * one signature. Throws {@link IllegalStateException} once the HSS-LMS key is used up.
     */
    public synchronized Bytes signingKey(Algorithm algorithm) {
        return switch (algorithm.family()) {
            case ECDSA_P256 -> CoseKeys.privateOf(P256);
            case ED25519 -> CoseKeys.privateOf(ED25519);
            case HSS_LMS -> {
                if (hss.getUsagesRemaining() < 1) {
                    throw new IllegalStateException("the interop HSS-LMS key has signed all " + hss.getIndexLimit()
                            + " times it can; a matrix run makes a new InteropKeys");
                }
                HSSPrivateKeyParameters shard = hss.extractKeyShard(1);
                yield CoseKeys.hssLmsPrivate(encoded(() -> shard.getPublicKey().getEncoded()), encoded(shard::getEncoded));
            }
        };
    }

    private interface Encoding {
        byte[] get() throws IOException;
    }

    private static byte[] encoded(Encoding encoding) {
        try {
            return encoding.get();
        } catch (IOException e) {
            throw new UncheckedIOException("BouncyCastle could not encode an HSS-LMS key it generated", e);
        }
    }
}
