package dev.suitcase.vectors.keys;

import dev.suitcase.vectors.model.Bytes;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import java.nio.charset.StandardCharsets;

/**
 * An Ed25519 test key whose 32-byte seed is SHA-256("suitcase ed25519 test key: " + label).
 * Ed25519 signing is deterministic (RFC 8032 §5.1.6), so its signatures are the same on every run.
 */
public final class Ed25519TestKey {
    private final Ed25519PrivateKeyParameters privateKey;

    private Ed25519TestKey(byte[] seed) {
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
    }

    public static Ed25519TestKey derive(String label) {
        return new Ed25519TestKey(SeededRandom.sha256(("suitcase ed25519 test key: " + label).getBytes(StandardCharsets.UTF_8)));
    }

    /** A key from a given 32-byte seed, e.g. an RFC 8032 test key. */
    public static Ed25519TestKey fromSeed(byte[] seed) {
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, not " + seed.length);
        }
        return new Ed25519TestKey(seed.clone());
    }

    /** The 32-byte encoded public key A. */
    public byte[] publicKey() {
        return privateKey.generatePublicKey().getEncoded();
    }

    /** The public key as an OKP COSE_Key. */
    public Bytes coseKey() {
        return CoseKeys.okpEd25519(publicKey());
    }

    /** A pure Ed25519 signature, R then S. */
    public Bytes sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return Bytes.of(signer.generateSignature());
    }
}
