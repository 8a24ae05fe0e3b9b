package dev.suitcase.vectors.families.cose;

import dev.suitcase.verifier.crypto.Sha256;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of one run of a COSE family: one signing key per algorithm family, and well-formed
 * public keys of each family that verify nothing.
 *
 * <p>The ids of one family share a key: ES256 and ESP256 sign with the same P-256 key, EdDSA and
 * Ed25519 with the same Ed25519 key. RFC 9864 §2 makes them the same primitive; what tells them
 * apart is the alg in the protected bucket, which the Sig_structure covers.
 *
 * <p>HSS-LMS uses the smallest parameter set, LMS_SHA256_M32_H5 with LMOTS_SHA256_N32_W8 and one
 * level: 32 one-time keys, generated once per run (key generation is what costs time). A keyring
 * is made afresh for every run of a family, and each family uses its own label, so a run signs
 * the same bytes in the same order every time and no one-time key signs two different messages.
 */
final class CoseKeyring {
    private static final BigInteger P256_ORDER = ECNamedCurveTable.getByName("P-256").getN();
    private static final int P256_SCALAR_BYTES = 32;
    private static final List<LMSParameters> HSS_LEVELS = List.of(
            new LMSParameters(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8));
    /** u32str(L) || u32str(LMS type) || u32str(LM-OTS type) || I || T[1] (RFC 8554 §6.1, §5.3), m = 32. */
    private static final int HSS_PUBLIC_KEY_BYTES = 4 + 4 + 4 + 16 + 32;
    private static final int LMS_IDENTIFIER_BYTES = 16;

    private final String label;
    private final Map<Algorithm.Family, CoseSigner> signers = new EnumMap<>(Algorithm.Family.class);

    /** @param label names the keys; each family passes its own name */
    CoseKeyring(String label) {
        this.label = label;
    }

    /** The signing key of a family, made on first use. */
    CoseSigner signer(Algorithm.Family family) {
        return signers.computeIfAbsent(family, this::newSigner);
    }

    /**
     * A well-formed public key of {@code family} that is not the signing key, so no signature of
     * this keyring verifies under it; {@code index} tells several such keys apart. ECDSA and
     * Ed25519 keys are derived test keys. An HSS-LMS key is built, not generated: the signing key's
     * parameter set (L = 1, H5, W8), with an identifier I and a root T[1] derived from a label. It
     * is as well formed as any other, but nobody holds its private key, which saves generating a
     * tree for a key that never signs.
     */
    CosePublicKey otherKey(Algorithm.Family family, int index) {
        String other = label + " other key " + index;
        return switch (family) {
            case ECDSA_P256 -> {
                EcdsaP256TestKey key = EcdsaP256TestKey.derive(other);
                yield CosePublicKey.ec2P256(key.x(), key.y());
            }
            case ED25519 -> CosePublicKey.okpEd25519(Ed25519TestKey.derive(other).publicKey());
            case HSS_LMS -> CosePublicKey.hssLms(ByteBuffer.allocate(HSS_PUBLIC_KEY_BYTES)
                    .putInt(HSS_LEVELS.size())
                    .putInt(HSS_LEVELS.get(0).getLMSigParam().getType())
                    .putInt(HSS_LEVELS.get(0).getLMOTSParam().getType())
                    .put(Sha256.digest((other + " I").getBytes(StandardCharsets.UTF_8)), 0, LMS_IDENTIFIER_BYTES)
                    .put(Sha256.digest((other + " T[1]").getBytes(StandardCharsets.UTF_8)))
                    .array());
        };
    }

    private CoseSigner newSigner(Algorithm.Family family) {
        return switch (family) {
            case ECDSA_P256 -> {
                EcdsaP256TestKey key = EcdsaP256TestKey.derive(label);
                yield new CoseSigner(CosePublicKey.ec2P256(key.x(), key.y()), message -> lowS(Bytes.of(key.sign(message))));
            }
            case ED25519 -> {
                Ed25519TestKey key = Ed25519TestKey.derive(label);
                yield new CoseSigner(CosePublicKey.okpEd25519(key.publicKey()), message -> Bytes.of(key.sign(message)));
            }
            case HSS_LMS -> {
                HssLmsTestKey key = HssLmsTestKey.generate(label, HSS_LEVELS);
                yield new CoseSigner(CosePublicKey.hssLms(key.publicKey()), message -> Bytes.of(key.sign(message)));
            }
        };
    }

    /**
     * The signature with s replaced by n - s when s > n/2. Both verify (COSE does not require low S,
     * RFC 9053 §2.1); the low form also verifies under the ecdsa-low-s profile, so these vectors,
     * which are not about S, mean the same under every profile.
     */
    static Bytes lowS(Bytes signature) {
        byte[] rs = signature.toByteArray();
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(rs, P256_SCALAR_BYTES, 2 * P256_SCALAR_BYTES));
        if (s.compareTo(P256_ORDER.shiftRight(1)) <= 0) {
            return signature;
        }
        byte[] low = BigIntegers.asUnsignedByteArray(P256_SCALAR_BYTES, P256_ORDER.subtract(s));
        System.arraycopy(low, 0, rs, P256_SCALAR_BYTES, P256_SCALAR_BYTES);
        return Bytes.of(rs);
    }
}
