package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Predicate;

import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.MESSAGE;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.input;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.reject;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.signerInput;

/**
 * ES256 and ESP256 signatures in the wrong encoding: COSE
 * carries an ECDSA P-256 signature as exactly 64 bytes, r then s, each left-padded to 32 bytes
 * (RFC 9053 §2.1). The reference verifier refuses every other length as SIGNATURE_MALFORMED before
 * any arithmetic, and reads a 64-byte DER string as r ‖ s like any other 64 bytes.
 *
 * <p>What the expectations rest on: RFC 9053 §2.1 tells the signer how to encode and, unlike JOSE,
 * sets the verifier no length check. Where the bytes still hold the signer's own r and s (unpadded or
 * sign-padded halves, extra zero bytes, DER), a verifier that recovers them verifies a genuine
 * signature, so the rejection is advisory (a producer rule). Where no reading of the bytes gives an r
 * and s that verify (empty, truncated, r alone), the rejection rests on ECDSA verification itself, a
 * MUST for the recipient.
 */
public final class EcdsaSignatureEncodingFamily extends EcdsaFamily {
    private static final String RAW_RS = "RFC9053-2.1-raw-rs";
    private static final String RS_RANGE = "RFC9053-2.1-rs-range";
    private static final String DSS_VERIFY = "RFC9053-2.1-dss-verify";

    @Override
    public String name() {
        return "ecdsa-signature-encoding";
    }

    @Case(id = "signature.*.length.empty", title = "Empty {name} signature",
            severity = Severity.CRITICAL, requirements = {RAW_RS, RS_RANGE}, flags = {"SignatureSize"},
            sweep = Sweep.ECDSA,
            robustness = """
                    No split of zero bytes gives an r and an s, so no processor can go on with them; the re-encodings of
                    a genuine signature (length.63-bytes-r-unpadded and the others) isolate the length rule.""",
            description = """
                    The signature is the empty byte string; the P-256 key and the message are valid. RFC 9053 §2.1 makes
                    an ECDSA P-256 signature exactly 64 bytes, r then s; whatever a verifier reads from no bytes, r and
                    s are 0, and ECDSA verification refuses r or s outside [1, n-1]. A verifier must reject it.

                    A verifier that loops over the bytes it was given, or treats an absent signature as nothing to
                    check, installs any firmware that comes with an empty signature: a complete authentication
                    bypass.""")
    BuiltCase empty(CaseContext<Void> context) {
        return reject(Reason.SIGNATURE_MALFORMED, signerInput(context.algorithm(), Bytes.empty()));
    }

    @Case(id = "signature.*.length.one-byte", title = "{name} signature of one zero byte",
            severity = Severity.CRITICAL, requirements = {RAW_RS, RS_RANGE}, flags = {"SignatureSize"},
            sweep = Sweep.ECDSA,
            robustness = """
                    One byte cannot be split into an r and an s, so no processor can go on with it; the re-encodings of
                    a genuine signature (length.63-bytes-r-unpadded and the others) isolate the length rule.""",
            description = """
                    The signature is the single byte 00. An ECDSA P-256 signature in COSE is exactly 64 bytes (RFC 9053
                    §2.1), and any reading of this one gives r = 0 and s = 0, which ECDSA verification refuses before
                    computing anything. A verifier must reject it.

                    A verifier that left-pads short input gets r = 0 and s = 0, the "psychic signature" of
                    CVE-2022-21449, and a verifier that skips the range check then accepts it for every message: anyone
                    can sign firmware.""")
    BuiltCase oneByte(CaseContext<Void> context) {
        return reject(Reason.SIGNATURE_MALFORMED, signerInput(context.algorithm(), Bytes.of(new byte[1])));
    }

    @Case(id = "signature.*.length.31-bytes", title = "{name} signature cut to 31 bytes",
            severity = Severity.HIGH, requirements = {RAW_RS, DSS_VERIFY}, flags = {"SignatureSize"},
            sweep = Sweep.ECDSA,
            robustness = """
                    31 bytes, an odd number below 33, cannot be split into an r and an s, so no processor can go on with
                    them; length.63-bytes-r-unpadded and the other re-encodings of a genuine signature isolate the
                    length rule.""",
            description = """
                    The first 31 bytes of a valid signature of the message; s is missing entirely and r lacks a byte. An
                    ECDSA P-256 signature in COSE is exactly 64 bytes (RFC 9053 §2.1), and no reading of these bytes
                    gives an r and s that verify. A verifier must reject it.

                    A verifier that reads r and s without checking the length reads past the end of the buffer or pads
                    with zeros; on a device that is a memory-safety bug on attacker input.""")
    BuiltCase length31Bytes(CaseContext<Void> context) {
        return reject(Reason.SIGNATURE_MALFORMED, signerInput(context.algorithm(), prefix(valid(), 31)));
    }

    @Case(id = "signature.*.length.32-bytes-r-only", title = "{name} signature holding r only",
            severity = Severity.HIGH, requirements = {RAW_RS, DSS_VERIFY}, flags = {"SignatureSize"},
            sweep = Sweep.ECDSA,
            robustness = """
                    Split in halves, r alone gives two 16-byte numbers and there is no s, so a processor that skips the
                    length check fails the equation; length.63-bytes-r-unpadded isolates the length rule.""",
            description = """
                    The 32 bytes of r from a valid signature of the message, and no s. An ECDSA P-256 signature in COSE
                    is r and s, 64 bytes (RFC 9053 §2.1); without s no reading of these bytes verifies. A verifier must
                    reject it.

                    A verifier that splits the buffer in halves gets two 16-byte integers; one that reads s at offset 32
                    reads beyond the signature. Either way it must refuse.""")
    BuiltCase length32BytesROnly(CaseContext<Void> context) {
        return reject(Reason.SIGNATURE_MALFORMED, signerInput(context.algorithm(), prefix(valid(), 32)));
    }

    @Case(id = "signature.*.length.63-bytes-truncated", title = "{name} signature missing its last byte",
            severity = Severity.MEDIUM, requirements = {RAW_RS, DSS_VERIFY}, flags = {"SignatureSize"},
            sweep = Sweep.ECDSA,
            robustness = """
                    The lost byte of s is in no reading of the 63 bytes (r the first 31 or 32 of them, s the rest), so a
                    processor that skips the length check fails the equation; length.63-bytes-s-unpadded isolates the
                    length rule.""",
            description = """
                    A valid 64-byte signature of the message with its last byte removed, 63 bytes. RFC 9053 §2.1 fixes
                    the length at 64 bytes for P-256, and the lost byte of s is not coming back: no split of the 63
                    bytes into r and s verifies. A verifier must reject it.

                    Splitting 63 bytes into r and s is guesswork: a verifier that guesses must not be the one that
                    decides whether firmware is installed.""")
    BuiltCase length63BytesTruncated(CaseContext<Void> context) {
        return reject(Reason.SIGNATURE_MALFORMED, signerInput(context.algorithm(), prefix(valid(), 63)));
    }

    @Case(id = "signature.*.length.63-bytes-r-unpadded", title = "{name} signature whose r lost its leading zero byte",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize", "LeadingZero"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature (under a key chosen for it) whose r is below 2^248, written the way a signer that
                    forgets the padding writes it: r in its 31 significant bytes, then s in 32, 63 bytes in all. RFC
                    9053 §2.1 tells the signer to left-pad each integer to 32 bytes, so the encoding is wrong.

                    The rule binds the signer; COSE gives the verifier no length check, and the bytes hold the signer's
                    own r and s. The suite rejects (SIGNATURE_MALFORMED, advisory: a producer rule), since a verifier
                    that tolerates it must guess where r ends; one that guesses right verifies a genuine signature. One
                    signature in 256 has such an r, so the fix belongs in the signer (see the accepted vector
                    edge.r-leading-zero).""")
    BuiltCase length63BytesRUnpadded(CaseContext<Void> context) {
        EcdsaChosenSignature chosen = EcdsaFixtures.withShortR(EcdsaFixtures.messageDigest());
        return EcdsaFixtures.producerRule(Reason.SIGNATURE_MALFORMED,
                input(context.algorithm().coseId(), MESSAGE, chosen.signature().unpadded(), chosen.coseKey()));
    }

    @Case(id = "signature.*.length.63-bytes-s-unpadded", title = "{name} signature whose s lost its leading zero byte",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize", "LeadingZero"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature (under a key chosen for it) whose s is below 2^248, with s written in its 31
                    significant bytes after a 32-byte r: 63 bytes. RFC 9053 §2.1 tells the signer to left-pad s to 32
                    bytes, so the encoding is wrong.

                    A verifier that reads r from the first 32 bytes and s from whatever is left verifies the signer's
                    own signature: the rule it skips binds the signer, not the verifier. The suite rejects
                    (SIGNATURE_MALFORMED, advisory: a producer rule), so that one signature has exactly one accepted
                    encoding.""")
    BuiltCase length63BytesSUnpadded(CaseContext<Void> context) {
        EcdsaChosenSignature chosen = EcdsaFixtures.withShortS(EcdsaFixtures.messageDigest());
        return EcdsaFixtures.producerRule(Reason.SIGNATURE_MALFORMED,
                input(context.algorithm().coseId(), MESSAGE, chosen.signature().unpadded(), chosen.coseKey()));
    }

    @Case(id = "signature.*.length.65-bytes-trailing-zero", title = "{name} signature with a zero byte appended",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize", "SignatureMalleability"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message followed by one extra byte 00: 65 bytes. RFC 9053 §2.1 has the
                    signer write exactly 64 bytes, so the encoding is wrong.

                    A verifier that reads the first 64 bytes and ignores the rest verifies the signer's own signature,
                    and with it any number of variants of one signature; devices and logs that identify a manifest by
                    the bytes of its signature can then be given the same update under many names. The rule binds the
                    signer, so the suite's rejection (SIGNATURE_MALFORMED) is advisory: a producer rule.""")
    BuiltCase length65BytesTrailingZero(CaseContext<Void> context) {
        return EcdsaFixtures.producerRule(Reason.SIGNATURE_MALFORMED,
                signerInput(context.algorithm(), Bytes.of(EcdsaRs.concat(valid().toByteArray(), new byte[1]))));
    }

    @Case(id = "signature.*.length.65-bytes-leading-zero", title = "{name} signature with a zero byte prepended",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize", "SignatureMalleability"},
            sweep = Sweep.ECDSA,
            description = """
                    One byte 00 followed by a valid signature of the message: 65 bytes. RFC 9053 §2.1 has the signer
                    write exactly 64 bytes, so the encoding is wrong.

                    A verifier that takes the last 64 bytes, or reads the whole buffer as one big-endian number and
                    splits it, verifies the signer's own signature under another encoding. The rule binds the signer;
                    the suite's rejection (SIGNATURE_MALFORMED) is advisory, a producer rule, so that one signature has
                    one accepted encoding.""")
    BuiltCase length65BytesLeadingZero(CaseContext<Void> context) {
        return EcdsaFixtures.producerRule(Reason.SIGNATURE_MALFORMED,
                signerInput(context.algorithm(), Bytes.of(EcdsaRs.concat(new byte[1], valid().toByteArray()))));
    }

    @Case(id = "signature.*.length.66-bytes-sign-padded", title = "{name} signature with r and s as 33-byte integers",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature with r and s each written in 33 bytes, a zero byte before each, as a converter
                    from DER produces when it copies the INTEGER contents with their sign byte: 66 bytes. RFC 9053 §2.1
                    has the signer write each integer in exactly 32 bytes, so the encoding is wrong.

                    A verifier that splits the buffer in halves reads the right r and s and verifies a genuine
                    signature; the rule it skips binds the signer. The suite rejects (SIGNATURE_MALFORMED, advisory: a
                    producer rule); the bug to fix is in the signer's DER-to-raw conversion.""")
    BuiltCase length66BytesSignPadded(CaseContext<Void> context) {
        return EcdsaFixtures.producerRule(Reason.SIGNATURE_MALFORMED, signerInput(context.algorithm(), valid(33)));
    }

    @Case(id = "signature.*.length.128-bytes-double-width",
            title = "{name} signature with r and s padded to 64 bytes each",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"SignatureSize"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature with r and s each left-padded to 64 bytes instead of 32: 128 bytes. The width of
                    each half is the byte length of the key's field, 32 bytes for P-256 (RFC 9053 §2.1), a rule for the
                    signer.

                    A verifier that splits in halves and reads each as an integer verifies the signer's own signature,
                    which gives one signature many encodings; one that derives the curve from the signature length is
                    worse still. The suite rejects (SIGNATURE_MALFORMED, advisory: a producer rule).""")
    BuiltCase length128BytesDoubleWidth(CaseContext<Void> context) {
        return EcdsaFixtures.producerRule(Reason.SIGNATURE_MALFORMED, signerInput(context.algorithm(), valid(64)));
    }

    @Case(id = "signature.*.der.der-70-bytes", title = "70-byte DER-encoded signature under {name}",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"DerEncoding"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message in DER, SEQUENCE { INTEGER r, INTEGER s }, as JCA's SHA256withECDSA
                    and X.509 produce it; here neither integer needs a sign byte, so the encoding is 70 bytes. COSE
                    never uses DER: RFC 9053 §2.1 has the signer write r ‖ s in exactly 64 bytes.

                    A verifier that sniffs the 0x30 and decodes DER verifies the signer's own signature, accepting what
                    other implementations reject and giving one signature two encodings. The rule binds the signer, so
                    the suite's rejection (SIGNATURE_MALFORMED) is advisory: a producer rule. A signer that produces DER
                    must convert to raw r ‖ s.""")
    BuiltCase der70Bytes(CaseContext<Void> context) {
        return der(context.algorithm(), 70);
    }

    @Case(id = "signature.*.der.der-71-bytes", title = "71-byte DER-encoded signature under {name}",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"DerEncoding"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message in DER, SEQUENCE { INTEGER r, INTEGER s }, where one integer has
                    its top bit set and takes a leading zero byte: 71 bytes. RFC 9053 §2.1 has the signer write raw r ‖
                    s in exactly 64 bytes.

                    This is what a signer that hands JCA's DER output straight to COSE emits. A verifier that accepts it
                    verifies a genuine signature but splits the ecosystem into implementations that interoperate with
                    the buggy signer and those that do not; the suite's rejection (SIGNATURE_MALFORMED) is advisory, a
                    producer rule.""")
    BuiltCase der71Bytes(CaseContext<Void> context) {
        return der(context.algorithm(), 71);
    }

    @Case(id = "signature.*.der.der-72-bytes", title = "72-byte DER-encoded signature under {name}",
            severity = Severity.LOW, requirements = {RAW_RS}, flags = {"DerEncoding"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message in DER, SEQUENCE { INTEGER r, INTEGER s }, where both integers have
                    their top bit set and take a leading zero byte: 72 bytes, the longest DER form for P-256. RFC 9053
                    §2.1 has the signer write raw r ‖ s in exactly 64 bytes.

                    A verifier that accepts DER here accepts a format the signer was told not to produce, though the
                    signature is genuine; the length alone tells it apart from a COSE signature. The suite's rejection
                    (SIGNATURE_MALFORMED) is advisory: a producer rule.""")
    BuiltCase der72Bytes(CaseContext<Void> context) {
        return der(context.algorithm(), 72);
    }

    /**
     * r and s of 29 bytes each (in [2^224, 2^231), top bit clear), so their DER is 2 + 2 x (2 + 29)
     * = 64 bytes, valid as DER under a key chosen for it.
     */
    @Case(id = "signature.*.der.der-exactly-64-bytes",
            title = "DER-encoded signature that is exactly 64 bytes, under {name}",
            severity = Severity.LOW, requirements = {RAW_RS, DSS_VERIFY}, flags = {"DerEncoding"}, sweep = Sweep.ECDSA,
            description = """
                    A signature in DER that happens to be exactly 64 bytes: r and s are 29-byte integers, SEQUENCE {
                    INTEGER r, INTEGER s } is 30 3e 02 1d r 02 1d s. As DER, (r, s) is a valid signature of the message
                    under the key (a key chosen for it); as COSE's raw r ‖ s (RFC 9053 §2.1) the same 64 bytes are r' =
                    303e021d... and s', which do not verify.

                    The reference verifier reads any 64 bytes as r ‖ s and rejects the signature as invalid. A verifier
                    that guesses the format from the first byte verifies the signer's own signature, which the signer
                    encoded against RFC 9053 §2.1; that rule binds the signer, so the rejection is advisory (a producer
                    rule). Such a verifier would misread the rare raw signature that starts like DER, an
                    interoperability fault, not a forgery.""")
    BuiltCase derExactly64Bytes(CaseContext<Void> context) {
        BigInteger low = BigInteger.ONE.shiftLeft(224);
        EcdsaChosenSignature chosen = EcdsaChosenSignature.forMessage(EcdsaP256.firstPointFrom(low),
                low.add(BigInteger.valueOf(0x5ca1ab1e)), MESSAGE);
        Bytes der = chosen.signature().der();
        EcdsaRs asRaw = EcdsaRs.decode(der);
        if (der.length() != 64 || asRaw.r().compareTo(EcdsaP256.N) >= 0 || asRaw.s().compareTo(EcdsaP256.N) >= 0
                || asRaw.s().signum() == 0) {
            throw new IllegalStateException("the 64-byte DER signature must read as r and s in [1, n-1]");
        }
        return EcdsaFixtures.producerRule(Reason.SIGNATURE_INVALID, input(context.algorithm().coseId(), MESSAGE, der,
                chosen.coseKey()));
    }

    /**
     * The first signature by SIGNER whose DER encoding is {@code length} bytes long (70: neither integer needs a
     * sign byte, 71: one does, 72: both do), presented in DER: an advisory rejection, the signature being genuine.
     */
    private static BuiltCase der(Algorithm alg, int length) {
        Signed signed = search("DER length " + length, signature -> EcdsaFixtures.noLeadingZeroByte(signature.r())
                && EcdsaFixtures.noLeadingZeroByte(signature.s()) && signature.der().length() == length);
        return EcdsaFixtures.producerRule(Reason.SIGNATURE_MALFORMED, input(alg.coseId(), signed.message(),
                signed.signature().der(), CoseKeys.of(EcdsaFixtures.SIGNER)));
    }

    private static Bytes valid() {
        return EcdsaFixtures.signature().raw();
    }

    private static Bytes valid(int width) {
        return EcdsaFixtures.signature().padded(width);
    }

    private static Bytes prefix(Bytes bytes, int length) {
        return Bytes.of(Arrays.copyOf(bytes.toByteArray(), length));
    }

    /** A message and SIGNER's signature of it, as signed. */
    private record Signed(Bytes message, EcdsaRs signature) {
    }

    /**
     * The first message "{@code prefix} #i" whose SIGNER signature satisfies {@code wanted}; the
     * counter starts at 0, so the search finds the same message on every run.
     */
    private static Signed search(String prefix, Predicate<EcdsaRs> wanted) {
        for (int i = 0; i < 10_000; i++) {
            Bytes message = EcdsaFixtures.utf8(prefix + " #" + i);
            EcdsaRs signature = EcdsaRs.decode(Bytes.of(EcdsaFixtures.SIGNER.sign(message.toByteArray())));
            if (wanted.test(signature)) {
                return new Signed(message, signature);
            }
        }
        throw new IllegalStateException("no message '" + prefix + " #i' below 10000 has the wanted signature");
    }
}
