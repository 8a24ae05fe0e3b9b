package dev.suitcase.adapters.jdk;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.TestKeys;
import dev.suitcase.adapters.TestVectors;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.adapters.CorpusSlice;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdkPrimitivesTest {
    private final Adapter adapter = JdkPrimitives.adapter();

    @Test
    void statementNamesTheRunningJdkAndClaimsHssLmsOnlyWhenItHasIt() {
        assertEquals(EnumSet.of(Layer.SIGNATURE, Layer.COSE), adapter.describe().layers());
        assertTrue(adapter.describe().version().startsWith(System.getProperty("java.runtime.version")));
        assertEquals(JdkPrimitives.hasHssLms(), adapter.describe().algorithms().contains(Algorithm.HSS_LMS));
        assertTrue(adapter.describe().algorithms().containsAll(
                EnumSet.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519)));
    }

    @Test
    void runsTheSliceAndKeepsOutWhatItsStatementExcludes() {
        SliceRun run = SliceRun.of(adapter, TestVectors.slice());
        assertTrue(run.allAnswered(), run.outcomes().toString());
        assertTrue(run.notApplicable().containsKey(TestVectors.suitVector().id().toString()));
        assertEquals(!JdkPrimitives.hasHssLms(),
                run.notApplicable().containsKey(TestVectors.validSignature(Algorithm.HSS_LMS).id().toString()));
        for (Algorithm algorithm : adapter.describe().algorithms()) {
            assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcome(TestVectors.validSignature(algorithm)).kind(), algorithm.toString());
            assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcome(TestVectors.validCose(algorithm)).kind(), algorithm.toString());
            assertEquals(Optional.of(Reason.SIGNATURE_INVALID), run.outcome(TestVectors.alteredMessage(algorithm)).reason());
        }
        assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcome(TestVectors.es256HighS()).kind());
        assertEquals(AdapterOutcome.Kind.REJECT, run.outcome(TestVectors.es256PaddedTo66Bytes()).kind());
        assertEquals(AdapterOutcome.Kind.REJECT, run.outcome(TestVectors.ed25519SPlusL(Algorithm.EDDSA)).kind());
    }

    @Test
    void showsTheJdkAcceptingTheIdentityKeyForgeryThatTheReferenceRefuses() {
        // SunEC accepts A = identity, R = identity, S = 0; the key reaches it unchecked.
        AdapterOutcome outcome = adapter.verify(VerifyRequest.of(TestVectors.ed25519IdentityKeyForgery()));
        assertEquals(AdapterOutcome.Kind.ACCEPT, outcome.kind(), outcome.toString());
    }

    @Test
    void reportsAKeyTheJdkRefusesAsBadKey() {
        byte[] signature = TestKeys.sign(Algorithm.ED25519, TestVectors.MESSAGE);
        Vector shortKey = TestVectors.vector("signature.ed25519.key.31-bytes", Expectation.reject(Reason.BAD_KEY),
                new SignatureInput(Algorithm.ED25519.coseId(), Bytes.of(TestVectors.MESSAGE), Bytes.of(signature),
                        TestKeys.okp(new byte[31])));
        AdapterOutcome outcome = adapter.verify(VerifyRequest.of(shortKey));
        assertEquals(Optional.of(Reason.BAD_KEY), outcome.reason(), outcome.toString());
        assertTrue(outcome.detail().contains("SunEC"), outcome.detail());
    }

    @Test
    void rejectsWhatTheSuitesCoseParsingRejectsWithTheReferenceReasonAndLocation() {
        byte[] tagged = TestKeys.coseSign1(Algorithm.ES256, TestVectors.MESSAGE, false, new byte[0]).toByteArray();
        Bytes untagged = Bytes.of(java.util.Arrays.copyOfRange(tagged, 1, tagged.length)); // drop the head of tag 18
        Vector wrongTag = TestVectors.vector("cose.es256.structure.tag-19", Expectation.reject(Reason.BAD_STRUCTURE),
                TestVectors.coseInput(Bytes.of(concat(new byte[] {(byte) 0xd3}, untagged.toByteArray())), Algorithm.ES256));
        AdapterOutcome rejected = adapter.verify(VerifyRequest.of(wrongTag));
        assertEquals(Optional.of(Reason.BAD_STRUCTURE), rejected.reason());
        assertEquals(new ReferenceOracle(new ReferenceVerifier(VerifierOptions.DEFAULT)).run(wrongTag).location(),
                rejected.location(), "the bytes the reference verifier's parsing blames");
        assertTrue(rejected.location().isPresent());
        Vector untaggedVector = TestVectors.vector("cose.es256.structure.untagged", Expectation.accept(),
                TestVectors.coseInput(untagged, Algorithm.ES256));
        assertEquals(AdapterOutcome.Kind.ACCEPT, adapter.verify(VerifyRequest.of(untaggedVector)).kind());
    }

    @Test
    void wrapsKeysInSubjectPublicKeyInfoTheJdkReads() throws Exception {
        byte[] spki = SubjectPublicKeyInfo.ed25519(TestKeys.ED25519.publicKey());
        assertEquals("302a300506032b6570032100", java.util.HexFormat.of().formatHex(spki, 0, 12));
        byte[] hss = SubjectPublicKeyInfo.hssRaw(TestKeys.hssPublic());
        // BouncyCastle writes the RFC 9708 form: the same bytes as ours
        java.security.KeyFactory bc = java.security.KeyFactory.getInstance("LMS",
                new org.bouncycastle.jce.provider.BouncyCastleProvider());
        assertEquals(java.util.HexFormat.of().formatHex(hss), java.util.HexFormat.of().formatHex(
                bc.generatePublic(new java.security.spec.X509EncodedKeySpec(hss)).getEncoded()));
        assertFalse(java.util.Arrays.equals(hss, SubjectPublicKeyInfo.hssOctetString(TestKeys.hssPublic())));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void runsTheCorpusAnsweringEveryVectorItsStatementCovers() {
        SliceRun run = SliceRun.of(adapter, CorpusSlice.active());
        assertTrue(run.allAnswered(), run.outcomes().toString());
        assertEquals(CorpusSlice.excludedBy(adapter.describe()), run.notApplicable().keySet());
        assertTrue(CorpusSlice.structuralDisagreements(run).isEmpty(), CorpusSlice.structuralDisagreements(run).toString());
        assertTrue(run.outcomes().size() > 250, "sent " + run.outcomes().size());
    }
}
