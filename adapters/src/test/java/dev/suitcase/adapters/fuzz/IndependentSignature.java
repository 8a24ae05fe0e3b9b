package dev.suitcase.adapters.fuzz;

import com.upokecenter.cbor.CBORObject;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.HSSPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.HSSSigner;

/**
 * A second opinion on a signature from BouncyCastle, which the reference verifier does not use for its own
 * primitives: what a fuzz test asks before it lets an acceptance the corpus does not vouch for stand. COSE_Key
 * labels per RFC 9053 §7.1 (EC2: crv -1, x -2, y -3 or its sign), §7.2 (OKP: crv -1, x -2) and RFC 8778 §4 (HSS-LMS: pub -1).
 */
final class IndependentSignature {
    private static final ECDomainParameters P256 = new ECDomainParameters(NISTNamedCurves.getByName("P-256"));

    private IndependentSignature() {
    }

    /**
     * Whether {@code signature} verifies over {@code message} with the key under the algorithm (ids as COSE); a key
     * that names its own algorithm (label 3) must name this one (RFC 9052 §7.1), ESP256 and ES256, Ed25519 and
     * EdDSA counted as one (RFC 9864 §2).
     */
    static boolean verifies(long algorithmId, byte[] coseKey, byte[] message, byte[] signature) {
        try {
            CBORObject key = CBORObject.DecodeFromBytes(coseKey);
            CBORObject ownAlgorithm = key.get(CBORObject.FromObject(3));
            if (ownAlgorithm != null && normalized(ownAlgorithm.AsInt64Value()) != normalized(algorithmId)) {
                return false;
            }
            int kty = key.get(CBORObject.FromObject(1)).AsInt32Value();
            if ((algorithmId == -7 || algorithmId == -9) && kty == 2 && signature.length == 64) {
                byte[] x = key.get(CBORObject.FromObject(-2)).GetByteString();
                CBORObject y = key.get(CBORObject.FromObject(-3));
                ECDSASigner ecdsa = new ECDSASigner();
                ecdsa.init(false, new ECPublicKeyParameters(point(x, y), P256));
                SHA256Digest sha256 = new SHA256Digest();
                sha256.update(message, 0, message.length);
                byte[] hash = new byte[32];
                sha256.doFinal(hash, 0);
                return key.get(CBORObject.FromObject(-1)).AsInt32Value() == 1 && ecdsa.verifySignature(hash,
                        new BigInteger(1, Arrays.copyOf(signature, 32)), new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)));
            }
            if ((algorithmId == -8 || algorithmId == -19) && kty == 1 && key.get(CBORObject.FromObject(-1)).AsInt32Value() == 6) {
                Ed25519Signer ed25519 = new Ed25519Signer();
                ed25519.init(false, new Ed25519PublicKeyParameters(key.get(CBORObject.FromObject(-2)).GetByteString()));
                ed25519.update(message, 0, message.length);
                return ed25519.verifySignature(signature);
            }
            if (algorithmId == -46 && kty == 5) {
                HSSSigner hss = new HSSSigner();
                hss.init(false, HSSPublicKeyParameters.getInstance(key.get(CBORObject.FromObject(-1)).GetByteString()));
                return hss.verifySignature(message, signature);
            }
            return false;
        } catch (RuntimeException | IOException unreadable) {
            return false;
        }
    }

    /** The P-256 point of x and y, y either its 32 bytes or, compressed, the sign bit (RFC 9053 §7.1.1). */
    private static org.bouncycastle.math.ec.ECPoint point(byte[] x, CBORObject y) {
        if (y.getType() == com.upokecenter.cbor.CBORType.Boolean) {
            byte[] compressed = new byte[x.length + 1];
            compressed[0] = (byte) (y.AsBoolean() ? 0x03 : 0x02);
            System.arraycopy(x, 0, compressed, 1, x.length);
            return P256.getCurve().decodePoint(compressed);
        }
        return P256.getCurve().createPoint(new BigInteger(1, x), new BigInteger(1, y.GetByteString()));
    }

    private static long normalized(long algorithmId) {
        return algorithmId == -9 ? -7 : algorithmId == -19 ? -8 : algorithmId;
    }

    /** The Sig_structure a COSE_Sign1 signs (RFC 9052 §4.4): context "Signature1", protected, AAD, payload. */
    static byte[] sigStructure(byte[] protectedHeader, byte[] externalAad, byte[] payload) {
        return CBORObject.NewArray().Add("Signature1").Add(protectedHeader).Add(externalAad).Add(payload).EncodeToBytes();
    }
}
