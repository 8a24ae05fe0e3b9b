package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The expectations of the spec examples rest on two facts this test checks on the bytes, until
 * the reference verifier can: every signed envelope's digest and signature are right for the
 * example key, and every unsigned envelope's wrapper holds the digest alone.
 */
class SuitSpecExamplesFamilyTest {
    private static final Path SOURCES = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("sources");
    private static final List<Vector> VECTORS = new SuitSpecExamplesFamily()
            .vectors(new GeneratorContext(SOURCES, "suitcase-vectors test"));

    private static CborArray authenticationWrapper(Vector vector) {
        CborItem envelope = CborDecoder.decode(((SuitInput) vector.input()).envelope().toByteArray());
        CborMap map = envelope.asTag("envelope").content().asMap("envelope");
        return CborDecoder.decodeWrapped(map.get(2).orElseThrow().asBytes("wrapper")).asArray("wrapper");
    }

    private static CborBytes manifest(Vector vector) {
        CborItem envelope = CborDecoder.decode(((SuitInput) vector.input()).envelope().toByteArray());
        return envelope.asTag("envelope").content().asMap("envelope").get(3).orElseThrow().asBytes("manifest");
    }

    @Test
    void hasEightSignedExampleVectorsToAcceptAndSixUnsignedToReject() {
        assertEquals(8, VECTORS.stream().filter(v -> v.expect().result() == ExpectedResult.ACCEPT).count());
        assertEquals(6, VECTORS.stream().filter(v -> v.expect().equals(Expectation.reject(Reason.AUTHENTICATION_MISSING))).count());
    }

    @Test
    void everyWrapperDigestIsTheSha256OfTheBstrWrappedManifest() throws Exception {
        for (Vector vector : VECTORS) {
            CborArray digest = CborDecoder.decodeWrapped(authenticationWrapper(vector).get(0).asBytes("digest")).asArray("digest");
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(manifest(vector).encoded().toByteArray());

            assertArrayEquals(expected, digest.get(1).asBytes("digest bytes").content().toByteArray(), vector.id().toString());
        }
    }

    @Test
    void everySignedEnvelopeVerifiesUnderTheExampleKey() throws Exception {
        for (Vector vector : VECTORS) {
            if (vector.expect().result() != ExpectedResult.ACCEPT) {
                continue;
            }
            CborArray wrapper = authenticationWrapper(vector);
            CborArray sign1 = CborDecoder.decodeWrapped(wrapper.get(1).asBytes("block")).asTag("block").content().asArray("COSE_Sign1");
            byte[] protectedBucket = sign1.get(0).asBytes("protected").encoded().toByteArray();
            byte[] payload = wrapper.get(0).asBytes("digest").encoded().toByteArray();
            // Sig_structure = ["Signature1", protected, h'', payload] (RFC 9052 §4.4)
            ByteArrayOutputStream toBeSigned = new ByteArrayOutputStream();
            toBeSigned.write(0x84);
            toBeSigned.write(new byte[] {0x6a, 'S', 'i', 'g', 'n', 'a', 't', 'u', 'r', 'e', '1'});
            toBeSigned.write(protectedBucket);
            toBeSigned.write(0x40);
            toBeSigned.write(payload);
            byte[] signature = sign1.get(3).asBytes("signature").content().toByteArray();

            assertTrue(verifies(toBeSigned.toByteArray(), signature), vector.id().toString());
        }
    }

    @Test
    void everyUnsignedEnvelopeHasTheDigestAlone() {
        for (Vector vector : VECTORS) {
            if (vector.expect().result() == ExpectedResult.REJECT) {
                assertEquals(1, authenticationWrapper(vector).size(), vector.id().toString());
            }
        }
    }

    private static boolean verifies(byte[] toBeSigned, byte[] signature) throws Exception {
        byte[] key = SuitSpecExamplesFamily.EXAMPLE_KEY.toByteArray();
        // a4 01 02 20 01 21 58 20 <x> 22 58 20 <y>
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(key, 8, 40));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(key, 43, 75));
        X9ECParameters curve = ECNamedCurveTable.getByName("P-256");
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(curve.getCurve().createPoint(x, y), new ECDomainParameters(curve)));
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(toBeSigned);
        return verifier.verifySignature(hash, new BigInteger(1, Arrays.copyOf(signature, 32)),
                new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)));
    }
}
