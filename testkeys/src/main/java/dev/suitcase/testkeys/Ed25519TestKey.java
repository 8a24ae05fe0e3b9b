package dev.suitcase.testkeys;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * An Ed25519 test key: derived from a label (its 32-byte seed is SHA-256("suitcase ed25519 test
 * key: " + label)), given by its seed, or the published key below. Ed25519 signing is
 * deterministic (RFC 8032 §5.1.6), so its signatures are the same on every run.
 */
public final class Ed25519TestKey {
    /** RFC 8032 §7.1, TEST 1: the key of the first Ed25519 test vector. */
    public static final Ed25519TestKey RFC8032_TEST_1 =
            fromSeed(HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

    private final Ed25519PrivateKeyParameters privateKey;

    private Ed25519TestKey(byte[] seed) {
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
    }

    /** The key of {@code label}: the same label gives the same key on every run. */
    public static Ed25519TestKey derive(String label) {
        return new Ed25519TestKey(SeededRandom.sha256(("suitcase ed25519 test key: " + label).getBytes(StandardCharsets.UTF_8)));
    }

    /** A key from a given 32-byte seed, the RFC 8032 §5.1.5 private key. */
    public static Ed25519TestKey fromSeed(byte[] seed) {
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, not " + seed.length);
        }
        return new Ed25519TestKey(seed.clone());
    }

    /** The 32-byte seed, the private key of RFC 8032 §5.1.5 and a COSE_Key's d (RFC 9053 §7.2). */
    public byte[] seed() {
        return privateKey.getEncoded();
    }

    /** The 32-byte encoded public key A. */
    public byte[] publicKey() {
        return privateKey.generatePublicKey().getEncoded();
    }

    public Ed25519PrivateKeyParameters privateKey() {
        return privateKey;
    }

    /** A pure Ed25519 signature (no context, no prehash), R then S. */
    public byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }
}
