package dev.suitcase.adapters.reference;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.CorpusSlice;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.TestKeys;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.crypto.Sha256;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference producer's envelopes: the draft's structure (§8.3), byte for byte where the draft
 * fixes it, verified by the reference verifier's COSE layer.
 */
class ReferenceProducerTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("suitcase.root", "."))
            .resolve("vectors/sources/suit-examples").normalize();
    private static final byte[] MANIFEST = CBORObject.FromObject(
            CBORObject.NewOrderedMap().Add(1, 1).Add(2, 7).EncodeToBytes()).EncodeToBytes();

    private final ReferenceAdapter adapter = new ReferenceAdapter();

    @Test
    void reproducesDraftExample0FromItsManifestAndKeyUpToTheRandomisedSignature() throws Exception {
        byte[] published = HexFormat.of().parseHex(Files.readString(EXAMPLES.resolve("example0-signed.hex")).strip());
        CborMap envelope = (CborMap) ((CborTag) CborDecoder.decode(published)).content();
        byte[] manifest = envelope.get(3).orElseThrow().encoded().toByteArray();
        BigInteger d = exampleKey();
        assertEquals(EcdsaP256TestKey.SUIT_MANIFEST_APPENDIX_B.d(), d, "the suite's transcription of the example key");
        CBORObject key = CBORObject.NewOrderedMap().Add(1, 2).Add(-1, 1).Add(-4, TestKeys.unsigned32(d));
        SignOutcome outcome = adapter.sign(new SignRequest("interop.es256.example0", Algorithm.ES256, Bytes.of(manifest),
                Bytes.of(key.EncodeToBytes())));
        assertEquals(SignOutcome.Kind.SIGNED, outcome.kind(), outcome.toString());
        byte[] produced = outcome.envelope().orElseThrow().toByteArray();
        // The draft's signature was made with a random nonce, ours with RFC 6979: every other byte is the draft's.
        int signatureAt = indexOf(published, HexFormat.of().parseHex("408d0816f9b510749bf6a51b066951e0"));
        assertEquals(published.length, produced.length);
        assertArrayEquals(Arrays.copyOfRange(published, 0, signatureAt), Arrays.copyOfRange(produced, 0, signatureAt));
        assertArrayEquals(Arrays.copyOfRange(published, signatureAt + 64, published.length),
                Arrays.copyOfRange(produced, signatureAt + 64, produced.length));
        assertEnvelopeVerifies(produced, manifest, Algorithm.ES256, CoseKeys.of(EcdsaP256TestKey.SUIT_MANIFEST_APPENDIX_B));
    }

    @Test
    void itsExample0PassesTheWholeSuitLayerOnTheExamplesDevice() {
        Vector example0 = CorpusSlice.active().stream()
                .filter(vector -> vector.id().toString().equals("suit.es256.spec-example.example-0")).findFirst().orElseThrow();
        SuitInput input = (SuitInput) example0.input();
        CborMap envelope = (CborMap) ((CborTag) CborDecoder.decode(input.envelope().toByteArray())).content();
        byte[] manifest = envelope.get(3).orElseThrow().encoded().toByteArray();
        Bytes produced = adapter.sign(new SignRequest("interop.es256.example0", Algorithm.ES256, Bytes.of(manifest),
                CoseKeys.privateOf(EcdsaP256TestKey.SUIT_MANIFEST_APPENDIX_B))).envelope().orElseThrow();
        AdapterOutcome outcome = adapter.verify(new VerifyRequest("suit.es256.interop.example-0-resigned",
                new SuitInput(produced, input.keys(), input.device(), input.scope()), Optional.empty()));
        assertEquals(AdapterOutcome.Kind.ACCEPT, outcome.kind(), outcome.toString());
    }

    @Test
    void signsEachAlgorithmIntoAnEnvelopeTheReferenceVerifierAccepts() {
        for (Algorithm algorithm : Algorithm.values()) {
            Bytes privateKey = switch (algorithm.family()) {
                case ECDSA_P256 -> TestKeys.privateKeyP256();
                case ED25519 -> TestKeys.privateKeyEd25519();
                case HSS_LMS -> TestKeys.privateKeyHss();
            };
            SignOutcome outcome = adapter.sign(new SignRequest("interop." + algorithm.idName() + ".m", algorithm,
                    Bytes.of(MANIFEST), privateKey));
            assertEquals(SignOutcome.Kind.SIGNED, outcome.kind(), algorithm + ": " + outcome);
            assertEnvelopeVerifies(outcome.envelope().orElseThrow().toByteArray(), MANIFEST, algorithm, TestKeys.coseKey(algorithm));
        }
    }

    @Test
    void signsDeterministicallyWithEcdsaAndEd25519() {
        for (Algorithm algorithm : List.of(Algorithm.ESP256, Algorithm.ED25519)) {
            Bytes key = algorithm == Algorithm.ESP256 ? TestKeys.privateKeyP256() : TestKeys.privateKeyEd25519();
            SignRequest request = new SignRequest("interop.x.y", algorithm, Bytes.of(MANIFEST), key);
            assertEquals(adapter.sign(request).envelope(), adapter.sign(request).envelope(), algorithm.toString());
        }
    }

    @Test
    void neverSignsTwiceFromTheSameHssState() {
        SignRequest request = new SignRequest("interop.hss-lms.m", Algorithm.HSS_LMS, Bytes.of(MANIFEST), TestKeys.privateKeyHss());
        byte[] first = adapter.sign(request).envelope().orElseThrow().toByteArray();
        byte[] second = adapter.sign(request).envelope().orElseThrow().toByteArray();
        assertFalse(Arrays.equals(first, second), "the second signature must use the next one-time key");
        assertEnvelopeVerifies(first, MANIFEST, Algorithm.HSS_LMS, TestKeys.coseKeyHss());
        assertEnvelopeVerifies(second, MANIFEST, Algorithm.HSS_LMS, TestKeys.coseKeyHss());
    }

    @Test
    void refusesKeysItCannotUseAsUnsupportedWithTheReason() {
        assertRefused(Algorithm.ES256, TestKeys.privateKeyEd25519(), "cannot sign ES256");
        CBORObject restricted = CBORObject.DecodeFromBytes(TestKeys.privateKeyP256().toByteArray()).Add(3, -7);
        assertRefused(Algorithm.ESP256, Bytes.of(restricted.EncodeToBytes()), "restricted by its alg (3)");
        CBORObject wrongPublic = CBORObject.DecodeFromBytes(TestKeys.privateKeyP256().toByteArray())
                .Add(-2, new byte[32]).Add(-3, new byte[32]);
        assertRefused(Algorithm.ES256, Bytes.of(wrongPublic.EncodeToBytes()), "not the public key of its d (-4)");
        CBORObject zero = CBORObject.NewOrderedMap().Add(1, 2).Add(-1, 1).Add(-4, new byte[32]);
        assertRefused(Algorithm.ES256, Bytes.of(zero.EncodeToBytes()), "not in [1, n-1]");
        CBORObject noState = CBORObject.NewOrderedMap().Add(1, 5).Add(-2, new byte[] {1, 2, 3});
        assertRefused(Algorithm.HSS_LMS, Bytes.of(noState.EncodeToBytes()), "not a BouncyCastle-encoded HSS private key");
        SignOutcome notBstr = adapter.sign(new SignRequest("interop.x.map", Algorithm.ES256,
                Bytes.of(CBORObject.NewMap().EncodeToBytes()), TestKeys.privateKeyP256()));
        assertTrue(notBstr.detail().contains("bstr-wrapped SUIT_Manifest"), notBstr.detail());
    }

    private void assertRefused(Algorithm algorithm, Bytes key, String why) {
        SignOutcome outcome = adapter.sign(new SignRequest("interop.x.refused", algorithm, Bytes.of(MANIFEST), key));
        assertEquals(SignOutcome.Kind.UNSUPPORTED, outcome.kind(), outcome.toString());
        assertTrue(outcome.detail().contains(why), outcome.detail());
    }

    /** Structure of §8.3, the digest over the manifest bstr, and the COSE_Sign1 verified with the detached digest. */
    private static void assertEnvelopeVerifies(byte[] encoded, byte[] manifest, Algorithm algorithm, Bytes publicKey) {
        CborTag tagged = (CborTag) CborDecoder.decode(encoded);
        assertEquals(107, tagged.tag());
        CborMap envelope = (CborMap) tagged.content();
        assertEquals(2, envelope.size());
        assertArrayEquals(manifest, envelope.get(3).orElseThrow().encoded().toByteArray(), "the manifest goes in as given");
        CborArray wrapper = (CborArray) CborDecoder.decodeWrapped((CborBytes) envelope.get(2).orElseThrow());
        assertEquals(2, wrapper.size());
        byte[] digest = ((CborBytes) wrapper.get(0)).content().toByteArray();
        CBORObject expectedDigest = CBORObject.NewArray().Add(-16).Add(Sha256.digest(manifest));
        assertArrayEquals(expectedDigest.EncodeToBytes(), digest);
        byte[] coseSign1 = ((CborBytes) wrapper.get(1)).content().toByteArray();
        Outcome verified = new ReferenceVerifier(VerifierOptions.DEFAULT).verifyCose(coseSign1, Optional.of(digest),
                new byte[0], List.of(publicKey.toByteArray()), Optional.of(algorithm));
        assertTrue(verified.accepted(), algorithm + ": " + verified);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("the draft's signature is not in example 0");
    }

    private static BigInteger exampleKey() throws IOException, java.security.GeneralSecurityException {
        String pem = Files.readString(EXAMPLES.resolve("example-signing-key.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return ((ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der))).getS();
    }
}
