package dev.suitcase.adapters.reference;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.cose.SigStructure;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.math.BigInteger;

/**
 * The reference producer: signs a bstr-wrapped SUIT_Manifest into a SUIT envelope
 * (draft-ietf-suit-manifest §8.3, adapters/PROTOCOL.md "Sign (producers)"):
 * <pre>
 * 107({                                              / SUIT_Envelope_Tagged /
 *   2: &lt;&lt; [ &lt;&lt; [-16, h'SHA-256 of the manifest bstr'] &gt;&gt;,     / SUIT_Digest /
 *          &lt;&lt; 18([ &lt;&lt; {1: alg} &gt;&gt;, {}, nil, signature ]) &gt;&gt; ] &gt;&gt;,  / COSE_Sign1_Tagged /
 *   3: manifest                                       / as given, head included /
 * })
 * </pre>
 * The digest covers the whole bstr-wrapped manifest, head included (§8.3); the COSE_Sign1 payload
 * is detached and is the encoded SUIT_Digest (§8.3: "The detached payload ... is the bstr-wrapped
 * SUIT_Digest"); alg is protected, the unprotected bucket empty. Signatures:
 * <ul>
 *   <li>ES256 / ESP256: ECDSA P-256 over SHA-256 with the RFC 6979 deterministic nonce
 *       (BouncyCastle {@code HMacDSAKCalculator}), s then normalised to the low form n - s when
 *       s &gt; n/2 so that verifiers following {@code ecdsa-low-s} accept it as well; raw r ‖ s,
 *       32 bytes each (RFC 9053 §2.1). Deterministic: the same request gives the same envelope.</li>
 *   <li>EdDSA / Ed25519: pure Ed25519 (RFC 8032 §5.1.6, BouncyCastle), deterministic.</li>
 *   <li>HSS-LMS: RFC 8554 over the ToBeSigned bytes (RFC 8778), from the key's current state
 *       ({@link HssSigningKeys}).</li>
 * </ul>
 */
final class SuitEnvelopeSigner {
    private static final int TAG_SUIT_ENVELOPE = 107;
    private static final int TAG_COSE_SIGN1 = 18;
    private static final int ENVELOPE_AUTHENTICATION_WRAPPER = 2;
    private static final int ENVELOPE_MANIFEST = 3;
    private static final int COSE_SHA256 = -16;
    private static final int HEADER_ALG = 1;

    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters P256_DOMAIN =
            new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH());

    private final HssSigningKeys hssKeys = new HssSigningKeys();

    /**
     * @param algorithm  the algorithm; it goes into the protected header and must fit the key
     * @param manifest   the bstr-wrapped manifest, exactly as it will sit under key 3
     * @param privateKey the encoded private COSE_Key (see {@link PrivateCoseKey})
     * @return the encoded SUIT_Envelope_Tagged
     */
    byte[] sign(Algorithm algorithm, byte[] manifest, byte[] privateKey) {
        requireByteString(manifest);
        PrivateCoseKey key = PrivateCoseKey.parse(privateKey);
        if (key.family() != algorithm.family()) {
            throw new UnusableSigningInput("a " + key.family() + " private key cannot sign " + algorithm + " ("
                    + algorithm.coseId() + ")");
        }
        if (key.algorithmId().isPresent() && key.algorithmId().get() != algorithm.coseId()) {
            throw new UnusableSigningInput("the private key is restricted by its alg (3) to " + key.algorithmId().get()
                    + "; the request asks for " + algorithm + " (" + algorithm.coseId() + ")");
        }

        byte[] suitDigest = CBORObject.NewArray()
                .Add(CBORObject.FromObject(COSE_SHA256))
                .Add(CBORObject.FromObject(Sha256.digest(manifest)))
                .EncodeToBytes();
        byte[] protectedHeader = CBORObject.NewOrderedMap()
                .Add(CBORObject.FromObject(HEADER_ALG), CBORObject.FromObject(algorithm.coseId()))
                .EncodeToBytes();
        byte[] toBeSigned = SigStructure.signature1(Span.of(protectedHeader), Span.of(new byte[0]), Span.of(suitDigest));
        byte[] signature = signature(key, toBeSigned);

        CBORObject coseSign1 = CBORObject.FromObjectAndTag(CBORObject.NewArray()
                .Add(CBORObject.FromObject(protectedHeader))
                .Add(CBORObject.NewOrderedMap())
                .Add(CBORObject.Null)
                .Add(CBORObject.FromObject(signature)), TAG_COSE_SIGN1);
        byte[] authenticationWrapper = CBORObject.NewArray()
                .Add(CBORObject.FromObject(suitDigest))
                .Add(CBORObject.FromObject(coseSign1.EncodeToBytes()))
                .EncodeToBytes();
        // The manifest goes in as received: its bstr decoded strictly above, so re-encoding the
        // content with a minimal head gives back exactly the bytes the digest covers.
        CBORObject envelope = CBORObject.FromObjectAndTag(CBORObject.NewOrderedMap()
                .Add(CBORObject.FromObject(ENVELOPE_AUTHENTICATION_WRAPPER), CBORObject.FromObject(authenticationWrapper))
                .Add(CBORObject.FromObject(ENVELOPE_MANIFEST), CBORObject.DecodeFromBytes(manifest)), TAG_SUIT_ENVELOPE);
        return envelope.EncodeToBytes();
    }

    private byte[] signature(PrivateCoseKey key, byte[] toBeSigned) {
        if (key instanceof PrivateCoseKey.P256 p256) {
            return ecdsaP256(p256.d(), toBeSigned);
        }
        if (key instanceof PrivateCoseKey.Ed25519Seed ed25519) {
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(ed25519.seed(), 0, toBeSigned, 0, toBeSigned.length, signature, 0);
            return signature;
        }
        return hssKeys.sign(((PrivateCoseKey.Hss) key).encoded(), toBeSigned);
    }

    private static byte[] ecdsaP256(BigInteger d, byte[] toBeSigned) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(d, P256_DOMAIN));
        BigInteger[] rs = signer.generateSignature(Sha256.digest(toBeSigned));
        BigInteger n = P256.getN();
        BigInteger s = rs[1].compareTo(n.shiftRight(1)) > 0 ? n.subtract(rs[1]) : rs[1];
        byte[] signature = new byte[64];
        copyUnsigned(rs[0], signature, 0);
        copyUnsigned(s, signature, 32);
        return signature;
    }

    /** Writes {@code value} big-endian, left-padded with zeros, into 32 bytes at {@code offset}. */
    private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, target, offset + 32 - length, length);
    }

    private static void requireByteString(byte[] manifest) {
        CborItem item;
        try {
            item = CborDecoder.decode(manifest);
        } catch (Rejection notCbor) {
            throw new UnusableSigningInput("the manifest is not acceptable CBOR: " + notCbor.detail());
        }
        if (!(item instanceof CborBytes)) {
            throw new UnusableSigningInput("the manifest must be the bstr-wrapped SUIT_Manifest (a byte string, head "
                    + "included), found " + item.typeName());
        }
    }
}
