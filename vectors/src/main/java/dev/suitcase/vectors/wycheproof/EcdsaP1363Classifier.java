package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a Wycheproof ECDSA P-256/SHA-256 test with a P1363 (raw r‖s) signature to the outcome the
 * strict reference verifier gives, checking in the verifier's order:
 * <ol>
 *   <li>the key must be an uncompressed P-256 point on the curve, else {@link Reason#BAD_KEY}
 *       (RFC 9053 §7.1.1);</li>
 *   <li>the signature must be exactly 64 bytes, else {@link Reason#SIGNATURE_MALFORMED}
 *       (RFC 9053 §2.1: r and s, 32 bytes each); the expectation is advisory (a producer rule) when
 *       the bytes still hold r and s of a valid signature, since §2.1 binds the signer;</li>
 *   <li>r and s must lie in [1, n-1], else {@link Reason#SIGNATURE_MALFORMED} (the DSS range
 *       check, before any arithmetic);</li>
 *   <li>a well-formed signature is accepted if the DSS equation holds and rejected with
 *       {@link Reason#SIGNATURE_INVALID} otherwise.</li>
 * </ol>
 * Wycheproof's own result is then checked against ours: its "valid" must be our accept and its
 * "invalid" our reject, or the import stops, since either the file is not what it claims or our
 * reading of the specification is wrong. "acceptable" becomes either. Wycheproof flags decide only
 * the severity. A valid signature with s above n/2 is rejected under the ecdsa-low-s profile.
 */
final class EcdsaP1363Classifier {
    private static final X9ECParameters CURVE = ECNamedCurveTable.getByName("P-256");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE);
    private static final int SCALAR_BYTES = 32;
    /** RFC 9053 §2.1 on the encoding of r and s, the rule a re-encoded genuine signature breaks. */
    private static final String RAW_RS_RULE = "RFC 9053 §2.1: \"The signature is encoded by converting the integers"
            + " into byte strings of the same length as the key size\" and concatenating them, Signature = I2OSP(R, n) |"
            + " I2OSP(S, n): a rule for the signer. Unlike JOSE (RFC 7518 §3.4), COSE sets the verifier no length check,"
            + " and these bytes hold r and s of a signature that verifies.";

    private EcdsaP1363Classifier() {
    }

    static Classification classify(WycheproofFile.Test test, Bytes key, Map<String, String> bugTypes) {
        byte[] point = key.toByteArray();
        if (point.length != 1 + 2 * SCALAR_BYTES || point[0] != 0x04) {
            return rejection(test, Reason.BAD_KEY, bugTypes, "RFC9053-7.1.1-ec2-point",
                    "The public key is not an uncompressed P-256 point of 65 bytes. COSE EC2 keys carry x and y of 32 bytes "
                            + "each; a verifier must refuse any other key.");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + SCALAR_BYTES));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 1 + SCALAR_BYTES, point.length));
        if (!P256.isOnCurve(x, y)) {
            return rejection(test, Reason.BAD_KEY, bugTypes, "RFC9053-7.1.1-ec2-point",
                    "The public key is not a point on P-256. A verifier must refuse it before computing with it: arithmetic "
                            + "on an off-curve point can be steered into a weak group and leak or forge.");
        }
        byte[] signature = test.signature().toByteArray();
        if (signature.length != 2 * SCALAR_BYTES) {
            return wrongLength(test, signature, x, y, bugTypes);
        }
        BigInteger r = new BigInteger(1, Arrays.copyOf(signature, SCALAR_BYTES));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, SCALAR_BYTES, signature.length));
        List<String> outOfRange = new ArrayList<>();
        describeRange("r", r, outOfRange);
        describeRange("s", s, outOfRange);
        if (!outOfRange.isEmpty()) {
            Classification range = rejection(test, Reason.SIGNATURE_MALFORMED, bugTypes, "RFC9053-2.1-rs-range",
                    String.join(" and ", outOfRange) + ". ECDSA verification (DSS, which RFC 9053 §2.1 refers to) "
                            + "rejects r or s outside [1, n-1] before computing anything. Skipping the check is how r = s = 0 "
                            + "verified every message in Java (CVE-2022-21449).");
            return verifiesReduced(x, y, test.message().toByteArray(), List.<BigInteger[]>of(new BigInteger[] {r, s}))
                    ? range : robust(range, "r or s is out of range, and reduced modulo n, as a verifier without the range "
                    + "rule computes with it, it is 0 or fails the DSS equation too: no processor accepts it whichever single "
                    + "rule it skips. The generated signature.*.range vectors isolate the range rules.");
        }
        boolean verifies = verifies(x, y, test.message().toByteArray(), r, s);
        switch (test.result()) {
            case "valid" -> {
                requireAgreement(test, verifies);
                return acceptance(s);
            }
            case "invalid" -> {
                requireAgreement(test, !verifies);
                return rejection(test, Reason.SIGNATURE_INVALID, bugTypes, "RFC9053-2.1-dss-verify",
                        "The signature is well formed (64 bytes, r and s in [1, n-1]) but the DSS equation does not hold "
                                + "for this message and key. Accepting it means accepting a signature that was never made "
                                + "with the private key: an authentication bypass.");
            }
            case "acceptable" -> {
                return new Classification(Expectation.either(), Severity.INFO, List.of("RFC9053-2.1-dss-verify"),
                        "Wycheproof leaves this case to the implementation (result 'acceptable'); either outcome is "
                                + "recorded, neither is judged.");
            }
            default -> throw new IllegalArgumentException("tcId " + test.tcId() + " has the unknown result '"
                    + test.result() + "'; Wycheproof results are valid, invalid or acceptable");
        }
    }

    /**
     * A signature of another length than 64 bytes. RFC 9053 §2.1 tells the signer to write r and s in 32
     * bytes each and, unlike JOSE, gives the verifier no length check; so the reference verifier's
     * rejection rests on the recipient only where no reading of the bytes verifies. The readings are
     * those a lenient verifier takes: the bytes split in halves (both ways for an odd length), each half
     * an integer, and the bytes as a DER SEQUENCE of two INTEGERs. When one of them gives r and s in
     * range for which the DSS equation holds, the bytes are the signer's own signature in another
     * encoding and the rejection is advisory, a producer rule.
     */
    private static Classification wrongLength(WycheproofFile.Test test, byte[] signature, BigInteger x, BigInteger y,
                                              Map<String, String> bugTypes) {
        String length = "The signature is " + signature.length + " bytes; RFC 9053 §2.1 has the signer write r and s, "
                + "32 bytes each, concatenated: exactly 64 bytes for P-256.";
        List<BigInteger[]> readings = readings(signature);
        boolean verifies = readings.stream().anyMatch(rs -> inRange(rs[0]) && inRange(rs[1])
                && verifies(x, y, test.message().toByteArray(), rs[0], rs[1]));
        if (verifies) {
            String explanation = length + " Read leniently the bytes hold r and s of a valid signature, so a verifier "
                    + "that accepts them verifies the signer's own signature in another encoding: the rule it skips binds "
                    + "the signer, and the rejection is advisory.";
            if (test.result().equals("invalid")) {
                return new Classification(Expectation.reject(Reason.SIGNATURE_MALFORMED)
                        .advisory(Advisory.Basis.PRODUCER_RULE, RAW_RS_RULE), Severity.LOW, List.of("RFC9053-2.1-raw-rs"),
                        explanation);
            }
            return rejection(test, Reason.SIGNATURE_MALFORMED, bugTypes, "RFC9053-2.1-raw-rs", explanation);
        }
        boolean anyInRange = readings.stream().anyMatch(rs -> inRange(rs[0]) && inRange(rs[1]));
        Classification malformed = anyInRange
                ? rejection(test, Reason.SIGNATURE_MALFORMED, bugTypes, List.of("RFC9053-2.1-raw-rs", "RFC9053-2.1-dss-verify"),
                        length + " No reading of the bytes as r and s verifies: a verifier that pads short input or "
                                + "splits unequal halves must still find the signature invalid; the JDK's P1363 verifier "
                                + "is known to accept short encodings.")
                : rejection(test, Reason.SIGNATURE_MALFORMED, bugTypes, List.of("RFC9053-2.1-raw-rs", "RFC9053-2.1-rs-range"),
                        length + " Every reading of the bytes gives an r or s outside [1, n-1], which ECDSA verification "
                                + "rejects before computing anything; a verifier that truncates the oversized integers "
                                + "instead accepts a signature no signer encoded.");
        return robust(malformed, "No reading of the bytes as r and s (halves, DER) gives r and s in range that verify: "
                + "a processor without the length rule still rejects it by the range rule or the DSS equation. The "
                + "generated signature.*.length vectors isolate the length rule.");
    }

    /** Whether one of the readings verifies once r and s are reduced modulo n, as a verifier skipping the range rule computes. */
    private static boolean verifiesReduced(BigInteger x, BigInteger y, byte[] message, List<BigInteger[]> readings) {
        return readings.stream().map(rs -> new BigInteger[] {rs[0].mod(DOMAIN.getN()), rs[1].mod(DOMAIN.getN())})
                .anyMatch(rs -> rs[0].signum() > 0 && rs[1].signum() > 0 && verifies(x, y, message, rs[0], rs[1]));
    }

    /** {@code classification} imported as a robustness vector, when it is a rejection. */
    private static Classification robust(Classification classification, String why) {
        return classification.expect().result() == ExpectedResult.REJECT
                ? new Classification(classification.expect(), classification.severity(), classification.requirements(),
                        classification.explanation(), Optional.of(why))
                : classification;
    }

    /** The r and s a lenient verifier may read from a signature of the wrong length (see {@link #wrongLength}). */
    private static List<BigInteger[]> readings(byte[] signature) {
        List<BigInteger[]> readings = new ArrayList<>();
        for (int half : new int[] {signature.length / 2, (signature.length + 1) / 2}) {
            BigInteger[] split = {new BigInteger(1, Arrays.copyOf(signature, half)),
                    new BigInteger(1, Arrays.copyOfRange(signature, half, signature.length))};
            if (readings.stream().noneMatch(rs -> rs[0].equals(split[0]) && rs[1].equals(split[1]))) {
                readings.add(split);
            }
        }
        der(signature).ifPresent(readings::add);
        return readings;
    }

    /** r and s of a DER SEQUENCE { INTEGER r, INTEGER s } that is exactly {@code signature}, if it is one. */
    private static Optional<BigInteger[]> der(byte[] signature) {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(signature));
            if (sequence.size() != 2 || !Arrays.equals(sequence.getEncoded(ASN1Encoding.DER), signature)) {
                return Optional.empty();
            }
            return Optional.of(new BigInteger[] {ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue(),
                    ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue()});
        } catch (IOException | RuntimeException notDer) {
            // BouncyCastle signals input that is not DER with IOException or an unchecked exception
            return Optional.empty();
        }
    }

    private static boolean inRange(BigInteger value) {
        return value.signum() > 0 && value.compareTo(DOMAIN.getN()) < 0;
    }

    private static Classification acceptance(BigInteger s) {
        Expectation expect = Expectation.accept();
        String explanation = "A valid signature: r and s are in range and the DSS equation holds. A verifier must accept "
                + "it; refusing it refuses genuine firmware.";
        if (s.compareTo(DOMAIN.getN().shiftRight(1)) > 0) {
            expect = expect.withProfile(Profile.ECDSA_LOW_S, ExpectedResult.REJECT);
            explanation += " Its s is above n/2 (high s). COSE does not require low s, so it is valid; only an "
                    + "implementation declaring the ecdsa-low-s profile rejects it.";
        }
        return new Classification(expect, Severity.LOW, List.of("RFC9053-2.1-raw-rs", "RFC9053-2.1-dss-verify"), explanation);
    }

    private static Classification rejection(WycheproofFile.Test test, Reason reason, Map<String, String> bugTypes,
                                            String requirement, String explanation) {
        return rejection(test, reason, bugTypes, List.of(requirement), explanation);
    }

    private static Classification rejection(WycheproofFile.Test test, Reason reason, Map<String, String> bugTypes,
                                            List<String> requirements, String explanation) {
        if (test.result().equals("valid")) {
            throw new IllegalArgumentException("tcId " + test.tcId() + " is valid for Wycheproof but fails our check ("
                    + reason + "): " + explanation + " Is this an ECDSA P-256 SHA-256 P1363 file?");
        }
        if (test.result().equals("acceptable")) {
            return new Classification(Expectation.either(), Severity.INFO, requirements, explanation
                    + " Wycheproof leaves the case to the implementation (result 'acceptable'); either outcome is recorded.");
        }
        return new Classification(Expectation.reject(reason), Severities.ofRejection(reason, test.flags(), bugTypes),
                requirements, explanation);
    }

    private static void describeRange(String name, BigInteger value, List<String> problems) {
        if (value.signum() == 0) {
            problems.add(name + " is 0");
        } else if (value.compareTo(DOMAIN.getN()) >= 0) {
            problems.add(name + " is not below the group order n");
        }
    }

    private static boolean verifies(BigInteger x, BigInteger y, byte[] message, BigInteger r, BigInteger s) {
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(message, 0, message.length);
        byte[] hash = new byte[sha256.getDigestSize()];
        sha256.doFinal(hash, 0);
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(CURVE.getCurve().createPoint(x, y), DOMAIN));
        return verifier.verifySignature(hash, r, s);
    }

    private static void requireAgreement(WycheproofFile.Test test, boolean agrees) {
        if (!agrees) {
            throw new IllegalStateException("tcId " + test.tcId() + ": Wycheproof says " + test.result()
                    + " but the DSS equation says otherwise; the file or the classifier is wrong");
        }
    }
}
