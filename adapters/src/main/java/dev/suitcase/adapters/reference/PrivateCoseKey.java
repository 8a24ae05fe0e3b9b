package dev.suitcase.adapters.reference;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborText;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.HSSPrivateKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A private COSE_Key the reference producer signs with, checked at parsing: a key that exists is
 * usable for its family. Three forms:
 * <ul>
 *   <li>EC2 (kty 2), crv P-256 (1): d (-4) the 32-byte private scalar, 1 &lt;= d &lt; n;
 *       x (-2) and y (-3) optional and, when present, the coordinates of d·G (RFC 9053 §7.1.1).</li>
 *   <li>OKP (kty 1), crv Ed25519 (6): d (-4) the 32-byte private key (the RFC 8032 §5.1.5 seed);
 *       x (-2) optional and, when present, its public key A (RFC 9053 §7.2).</li>
 *   <li>HSS-LMS (kty 5): RFC 8778 defines only the public parameter pub (-1); no standard private
 *       form exists, so this suite's is <b>label -2: the BouncyCastle 1.87 encoding of the HSS private
 *       key</b> ({@code HSSPrivateKeyParameters.getEncoded()}, which carries the signing state), with
 *       pub (-1) optional and, when present, the key's HSS public key. An HSS private key is
 *       stateful; see {@link HssSigningKeys}.</li>
 * </ul>
 * alg (3), when present, restricts the key to that algorithm (RFC 9052 §7.1).
 */
sealed interface PrivateCoseKey {
    int LABEL_KTY = 1;
    int LABEL_ALG = 3;
    int LABEL_CRV = -1;
    int LABEL_X = -2;
    int LABEL_Y = -3;
    int LABEL_D = -4;
    int LABEL_HSS_PUB = -1;
    /** This suite's label for the BouncyCastle-encoded HSS private key (see the type comment). */
    int LABEL_HSS_PRIVATE = -2;

    int KTY_OKP = 1;
    int KTY_EC2 = 2;
    int KTY_HSS_LMS = 5;
    int CRV_P256 = 1;
    int CRV_ED25519 = 6;

    Algorithm.Family family();

    /** The key's own alg (label 3), when it has one. */
    Optional<Long> algorithmId();

    /** An ECDSA P-256 private key. */
    record P256(BigInteger d, Optional<Long> algorithmId) implements PrivateCoseKey {
        @Override
        public Algorithm.Family family() {
            return Algorithm.Family.ECDSA_P256;
        }
    }

    /** An Ed25519 private key (the 32-byte seed). */
    record Ed25519Seed(byte[] seed, Optional<Long> algorithmId) implements PrivateCoseKey {
        public Ed25519Seed {
            seed = seed.clone();
        }

        @Override
        public byte[] seed() {
            return seed.clone();
        }

        @Override
        public Algorithm.Family family() {
            return Algorithm.Family.ED25519;
        }
    }

    /** An HSS private key in BouncyCastle's encoding, with the signing state it was given in. */
    record Hss(byte[] encoded, Optional<Long> algorithmId) implements PrivateCoseKey {
        public Hss {
            encoded = encoded.clone();
        }

        @Override
        public byte[] encoded() {
            return encoded.clone();
        }

        @Override
        public Algorithm.Family family() {
            return Algorithm.Family.HSS_LMS;
        }
    }

    /** Parses an encoded private COSE_Key; throws {@link UnusableSigningInput} saying what is wrong. */
    static PrivateCoseKey parse(byte[] encoded) {
        CborItem item;
        try {
            item = CborDecoder.decode(encoded);
        } catch (Rejection notCbor) {
            throw new UnusableSigningInput("the private COSE_Key is not acceptable CBOR: " + notCbor.detail());
        }
        if (!(item instanceof CborMap map)) {
            throw new UnusableSigningInput("the private COSE_Key must be a map, found " + item.typeName());
        }
        long kty = integer(map, LABEL_KTY, "kty (1)")
                .orElseThrow(() -> new UnusableSigningInput("the private COSE_Key has no kty (1)"));
        Optional<Long> alg = algorithm(map);
        return switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, kty))) {
            case KTY_EC2 -> p256(map, alg);
            case KTY_OKP -> ed25519(map, alg);
            case KTY_HSS_LMS -> hss(map, alg);
            default -> throw new UnusableSigningInput("the private COSE_Key has kty " + kty
                    + "; the reference producer signs with EC2 (2) P-256, OKP (1) Ed25519 and HSS-LMS (5) keys");
        };
    }

    private static P256 p256(CborMap map, Optional<Long> alg) {
        requireCurve(map, CRV_P256, "EC2", "P-256 (1)");
        byte[] d = bytes(map, LABEL_D, "d (-4)")
                .orElseThrow(() -> new UnusableSigningInput("the EC2 private COSE_Key has no private scalar d (-4)"));
        if (d.length != 32) {
            throw new UnusableSigningInput("the P-256 private scalar d (-4) is " + d.length
                    + " bytes; RFC 9053 §7.1.1 encodes it in exactly 32");
        }
        BigInteger scalar = new BigInteger(1, d);
        BigInteger n = CustomNamedCurves.getByName("secp256r1").getN();
        if (scalar.signum() == 0 || scalar.compareTo(n) >= 0) {
            throw new UnusableSigningInput("the P-256 private scalar d (-4) is not in [1, n-1]");
        }
        Optional<byte[]> x = bytes(map, LABEL_X, "x (-2)");
        Optional<byte[]> y = bytes(map, LABEL_Y, "y (-3)");
        if (x.isPresent() || y.isPresent()) {
            ECPoint q = CustomNamedCurves.getByName("secp256r1").getG().multiply(scalar).normalize();
            boolean matches = x.isPresent() && y.isPresent()
                    && new BigInteger(1, x.get()).equals(q.getAffineXCoord().toBigInteger())
                    && new BigInteger(1, y.get()).equals(q.getAffineYCoord().toBigInteger());
            if (!matches) {
                throw new UnusableSigningInput("the EC2 private COSE_Key's x (-2) and y (-3) are not the public key of"
                        + " its d (-4); give both coordinates of d·G, or neither");
            }
        }
        return new P256(scalar, alg);
    }

    private static Ed25519Seed ed25519(CborMap map, Optional<Long> alg) {
        requireCurve(map, CRV_ED25519, "OKP", "Ed25519 (6)");
        byte[] d = bytes(map, LABEL_D, "d (-4)")
                .orElseThrow(() -> new UnusableSigningInput("the OKP private COSE_Key has no private key d (-4)"));
        if (d.length != Ed25519.SECRET_KEY_SIZE) {
            throw new UnusableSigningInput("the Ed25519 private key d (-4) is " + d.length
                    + " bytes; RFC 8032 §5.1.5 private keys are exactly 32");
        }
        Optional<byte[]> x = bytes(map, LABEL_X, "x (-2)");
        if (x.isPresent()) {
            byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
            Ed25519.generatePublicKey(d, 0, publicKey, 0);
            if (!Arrays.equals(publicKey, x.get())) {
                throw new UnusableSigningInput("the OKP private COSE_Key's x (-2) is not the public key of its d (-4): "
                        + "expected " + HexFormat.of().formatHex(publicKey));
            }
        }
        return new Ed25519Seed(d, alg);
    }

    private static Hss hss(CborMap map, Optional<Long> alg) {
        byte[] encoded = bytes(map, LABEL_HSS_PRIVATE, "private key (-2)")
                .orElseThrow(() -> new UnusableSigningInput("the HSS-LMS private COSE_Key has no private key at label -2 "
                        + "(this suite's form: the BouncyCastle encoding of the HSS private key)"));
        HSSPrivateKeyParameters key = HssSigningKeys.decode(encoded);
        Optional<byte[]> pub = bytes(map, LABEL_HSS_PUB, "pub (-1)");
        if (pub.isPresent()) {
            byte[] actual;
            try {
                actual = key.getPublicKey().getEncoded();
            } catch (IOException e) {
                throw new UnusableSigningInput("BouncyCastle cannot encode the HSS public key: " + e.getMessage());
            }
            if (!Arrays.equals(actual, pub.get())) {
                throw new UnusableSigningInput("the HSS-LMS private COSE_Key's pub (-1) is not the public key of its "
                        + "private key (-2)");
            }
        }
        return new Hss(encoded, alg);
    }

    private static void requireCurve(CborMap map, int expected, String kty, String name) {
        long crv = integer(map, LABEL_CRV, "crv (-1)")
                .orElseThrow(() -> new UnusableSigningInput("the " + kty + " private COSE_Key has no crv (-1)"));
        if (crv != expected) {
            throw new UnusableSigningInput("the " + kty + " private COSE_Key is on curve " + crv
                    + "; the reference producer signs only on " + name);
        }
    }

    private static Optional<Long> algorithm(CborMap map) {
        Optional<CborItem> alg = map.get(LABEL_ALG);
        if (alg.isEmpty()) {
            return Optional.empty();
        }
        if (alg.get() instanceof CborText text) {
            throw new UnusableSigningInput("the private COSE_Key's alg (3) is the text \"" + text.value()
                    + "\"; the suite's algorithms have integer ids");
        }
        return Optional.of(integer(map, LABEL_ALG, "alg (3)").orElseThrow());
    }

    private static Optional<Long> integer(CborMap map, int label, String name) {
        Optional<CborItem> value = map.get(label);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof CborInt number && number.asLong().isPresent()) {
            return number.asLong();
        }
        throw new UnusableSigningInput("the private COSE_Key's " + name + " must be an integer, found " + value.get().typeName());
    }

    private static Optional<byte[]> bytes(CborMap map, int label, String name) {
        Optional<CborItem> value = map.get(label);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof CborBytes bytes) {
            return Optional.of(bytes.content().toByteArray());
        }
        throw new UnusableSigningInput("the private COSE_Key's " + name + " must be a byte string, found " + value.get().typeName());
    }
}
