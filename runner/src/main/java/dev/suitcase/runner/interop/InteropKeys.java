package dev.suitcase.runner.interop;

import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.keys.SeededRandom;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.HSSKeyPairGenerator;
import org.bouncycastle.crypto.params.HSSKeyGenerationParameters;
import org.bouncycastle.crypto.params.HSSPrivateKeyParameters;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The test keys of the producer × verifier matrix: one per algorithm family, given to every
 * producer as a private COSE_Key and to every verifier as its trust anchor. All are published, so
 * anyone can reproduce an envelope; never use them for anything else.
 * <ul>
 *   <li>P-256 (ES256, ESP256): the example key of draft-ietf-suit-manifest-37 Appendix B, which
 *       signs the specification's examples;</li>
 *   <li>Ed25519 (EdDSA, Ed25519): the key of RFC 8032 §7.1, TEST 1;</li>
 *   <li>HSS-LMS: two levels of LMS SHA-256 H5 trees with LM-OTS SHA-256 W4 (1024 signatures),
 *       generated from a {@link SeededRandom} keyed by {@value #HSS_LABEL}, in this suite's private form
 *       (label -2: the BouncyCastle encoding, see the reference producer's {@code PrivateCoseKey}).</li>
 * </ul>
 * HSS-LMS keys are stateful: signing twice from one state reuses a one-time key (RFC 8554 §9.2).
 * Each {@link #signingKey} call for HSS-LMS therefore hands out a shard of the key good for exactly one
 * signature, the next one-time key, so no two sign requests of a matrix share one, whichever producer
 * gets them and whether or not it keeps state. An instance belongs to one matrix run.
 */
public final class InteropKeys {
    static final String HSS_LABEL = "suitcase interop hss-lms key";

    /** draft-ietf-suit-manifest-37 Appendix B, the example key (PEM there): d, x, y. */
    private static final Bytes P256_D = Bytes.fromHex("0296588d909418b339d150420a3612b57fb4f631a69f224fae90cb4f3fe18973");
    private static final Bytes P256_X = Bytes.fromHex("8496811aae0baaabd26157189eecda26beaa8bf11b6f3fe6e2b5659c85dbc0ad");
    private static final Bytes P256_Y = Bytes.fromHex("3b1f2a4b6c098131c0a36dacd1d78bd381dcdfb09c052db33991db7338b4a896");
    /** RFC 8032 §7.1, TEST 1: the secret key (seed) and the public key. */
    private static final Bytes ED25519_SEED = Bytes.fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final Bytes ED25519_PUBLIC = Bytes.fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

    private final HSSPrivateKeyParameters hss;
    private final Map<Algorithm.Family, Bytes> publicKeys = new EnumMap<>(Algorithm.Family.class);

    private InteropKeys(HSSPrivateKeyParameters hss) {
        this.hss = hss;
        publicKeys.put(Algorithm.Family.ECDSA_P256, CoseKeys.ec2P256(P256_X.toByteArray(), P256_Y.toByteArray()));
        publicKeys.put(Algorithm.Family.ED25519, CoseKeys.okpEd25519(ED25519_PUBLIC.toByteArray()));
        publicKeys.put(Algorithm.Family.HSS_LMS, CoseKeys.hssLms(encoded(() -> hss.getPublicKey().getEncoded())));
    }

    /** The keys in their initial state; the HSS-LMS key is generated afresh (the same key every time). */
    public static InteropKeys standard() {
        LMSParameters level = new LMSParameters(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w4);
        HSSKeyPairGenerator generator = new HSSKeyPairGenerator();
        generator.init(new HSSKeyGenerationParameters(new LMSParameters[] {level, level}, new SeededRandom(HSS_LABEL)));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new InteropKeys((HSSPrivateKeyParameters) pair.getPrivate());
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
            case ECDSA_P256 -> CoseKeys.ec2P256Private(P256_X.toByteArray(), P256_Y.toByteArray(), P256_D.toByteArray());
            case ED25519 -> CoseKeys.okpEd25519Private(ED25519_PUBLIC.toByteArray(), ED25519_SEED.toByteArray());
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
