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
import dev.suitcase.verifier.crypto.Sha256;

import java.math.BigInteger;
import java.util.Arrays;

import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.MESSAGE;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.SIGNER;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.input;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.reject;

/**
 * What an ES256 or ESP256 signature is bound to: the
 * message, the key, and the exact values of r and s, with the message hashed once with SHA-256
 * (RFC 9053 §2.1). Each vector changes one of them in a valid signature, or signs another digest of
 * the message; each must be rejected as SIGNATURE_INVALID.
 */
public final class EcdsaSignatureBindingFamily extends EcdsaFamily {
    private static final String DSS_VERIFY = "RFC9053-2.1-dss-verify";
    private static final String SHA256 = "RFC9053-2.1-sha256";

    @Override
    public String name() {
        return "ecdsa-signature-binding";
    }

    @Case(id = "signature.*.modified.message-bit-flipped",
            title = "{name} signature over a message with one bit flipped",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedMessage"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message, presented with the message's lowest bit of its first byte flipped.
                    The signature covers SHA-256 of the exact bytes (RFC 9053 §2.1), so it does not verify.

                    A verifier that accepts it does not bind the signature to the message: an attacker changes the
                    signed manifest at will.""")
    BuiltCase messageBitFlipped(CaseContext<Void> context) {
        return tampered(context.algorithm(), flip(MESSAGE, 0), EcdsaFixtures.signature().raw(), CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.modified.message-byte-appended",
            title = "{name} signature over a message with a byte appended",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedMessage"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message, presented with one byte 00 appended to the message. The signature
                    covers the SHA-256 of exactly the signed bytes (RFC 9053 §2.1), so it does not verify.

                    A verifier that hashes only a prefix of the message, or a length it was told rather than the bytes
                    it has, accepts firmware with anything appended.""")
    BuiltCase messageByteAppended(CaseContext<Void> context) {
        return tampered(context.algorithm(), Bytes.of(EcdsaRs.concat(MESSAGE.toByteArray(), new byte[1])),
                EcdsaFixtures.signature().raw(), CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.modified.message-truncated",
            title = "{name} signature over a message missing its last byte",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedMessage"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message, presented with the message's last byte removed. The signature
                    covers the SHA-256 of exactly the signed bytes (RFC 9053 §2.1), so it does not verify.

                    A verifier that accepts it lets an attacker cut the end off a signed manifest or payload.""")
    BuiltCase messageTruncated(CaseContext<Void> context) {
        return tampered(context.algorithm(), Bytes.of(Arrays.copyOf(MESSAGE.toByteArray(), MESSAGE.length() - 1)),
                EcdsaFixtures.signature().raw(), CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.modified.message-empty", title = "{name} signature presented with an empty message",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedMessage"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of a 64-byte message, presented with the empty message. SHA-256 of the empty
                    string is not what was signed (RFC 9053 §2.1), so it does not verify.

                    A verifier that accepts it checks the signature against nothing: every input with this signature
                    would pass.""")
    BuiltCase messageEmpty(CaseContext<Void> context) {
        return tampered(context.algorithm(), Bytes.empty(), EcdsaFixtures.signature().raw(), CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.modified.r-bit-flipped", title = "{name} signature with the lowest bit of r flipped",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedSignature"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message with the lowest bit of r flipped; r stays in [1, n-1]. The DSS
                    equation, x(u1 G + u2 Q) mod n = r, fails (RFC 9053 §2.1).

                    A verifier that accepts it does not compare r in full: it accepts signatures nobody made.""")
    BuiltCase rBitFlipped(CaseContext<Void> context) {
        return tampered(context.algorithm(), MESSAGE, flip(EcdsaFixtures.signature().raw(), 31), CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.modified.s-bit-flipped", title = "{name} signature with the lowest bit of s flipped",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedSignature"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message with the lowest bit of s flipped; s stays in [1, n-1]. u1 and u2
                    change, and the DSS equation fails (RFC 9053 §2.1).

                    A verifier that accepts it does not use s in full: it accepts signatures nobody made.""")
    BuiltCase sBitFlipped(CaseContext<Void> context) {
        return tampered(context.algorithm(), MESSAGE, flip(EcdsaFixtures.signature().raw(), 63), CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.modified.r-and-s-swapped", title = "{name} signature with r and s swapped",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedSignature"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message with its two halves swapped: s first, then r. Both values are in
                    range, but (s, r) is not a signature of the message (RFC 9053 §2.1 puts r first).

                    A verifier that accepts it reads the halves in an order of its own, and would also accept what a
                    signer with the same mistake produced; it must reject.""")
    BuiltCase rAndSSwapped(CaseContext<Void> context) {
        EcdsaRs signature = EcdsaFixtures.signature();
        return tampered(context.algorithm(), MESSAGE, new EcdsaRs(signature.s(), signature.r()).raw(),
                CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.modified.r-negated", title = "{name} signature with r replaced by n - r",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedInteger"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message with r replaced by n - r. Unlike s (where n - s is the other valid
                    signature), r must equal x(R) mod n itself, so the DSS equation fails (RFC 9053 §2.1).

                    A verifier that accepts it treats r as known only up to sign, as if the comparison were made on a
                    point's x without regard to which of ±R was computed; it must reject.""")
    BuiltCase rNegated(CaseContext<Void> context) {
        EcdsaRs signature = EcdsaFixtures.signature();
        return tampered(context.algorithm(), MESSAGE, signature.withR(EcdsaP256.N.subtract(signature.r())).raw(),
                CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.modified.other-signer", title = "{name} signature made by another key",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedKey"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message made by a different P-256 key than the one offered. The signature
                    verifies only under the key that made it (RFC 9053 §2.1).

                    A verifier that accepts it does not check the signer at all: any key holder, or anyone who generates
                    a key, can sign firmware for the device.""")
    BuiltCase otherSigner(CaseContext<Void> context) {
        return tampered(context.algorithm(), MESSAGE, Bytes.of(EcdsaFixtures.OTHER_SIGNER.sign(MESSAGE.toByteArray())),
                CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.modified.key-y-negated",
            title = "{name} signature under the signer's key with y replaced by p - y",
            severity = Severity.CRITICAL, requirements = {DSS_VERIFY}, flags = {"ModifiedKey"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message, offered with the signer's public key negated: same x, y replaced
                    by p - y. -Q is a valid point, but not the key that signed, so the signature does not verify (RFC
                    9053 §2.1).

                    A verifier that reduces a key to its x coordinate, or recovers y with the wrong sign and ignores the
                    y it was given, would verify under Q instead and accept a signature for a key it was not given.""")
    BuiltCase keyYNegated(CaseContext<Void> context) {
        BigInteger y = new BigInteger(1, SIGNER.y());
        Bytes key = CoseKeys.ec2P256(SIGNER.x(), EcdsaP256.fixed(EcdsaP256.P.subtract(y)));
        return tampered(context.algorithm(), MESSAGE, EcdsaFixtures.signature().raw(), key);
    }

    @Case(id = "signature.*.hash.double-sha256", title = "{name} signature over SHA-256 of SHA-256 of the message",
            severity = Severity.HIGH, requirements = {SHA256}, flags = {"WrongHash"}, sweep = Sweep.ECDSA,
            description = """
                    A signature by the key over SHA-256(SHA-256(message)): what a signer produces when it hashes the
                    message and hands the digest to an API that hashes again. ES256 and ESP256 hash the message once
                    with SHA-256 (RFC 9053 §2.1), so it does not verify.

                    A verifier must reject it; one that accepts it hashes twice, and rejects every correctly made
                    signature. The fix is in the signer: pass the message, not its digest.""")
    BuiltCase doubleSha256(CaseContext<Void> context) {
        return tampered(context.algorithm(), MESSAGE, Bytes.of(SIGNER.sign(Sha256.digest(MESSAGE.toByteArray()))),
                CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.hash.digest-as-message",
            title = "{name} signature presented with the message's digest as message",
            severity = Severity.HIGH, requirements = {SHA256}, flags = {"WrongHash"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message, presented with the 32-byte SHA-256 digest of the message in place
                    of the message. The verifier must hash what it is given, once, with SHA-256 (RFC 9053 §2.1), so it
                    does not verify.

                    An API that takes 32-byte input as an already computed digest accepts it: anyone who holds one
                    signature can then present it for a 32-byte message that is its digest. The message is always
                    hashed.""")
    BuiltCase digestAsMessage(CaseContext<Void> context) {
        return tampered(context.algorithm(), Bytes.of(Sha256.digest(MESSAGE.toByteArray())), EcdsaFixtures.signature().raw(),
                CoseKeys.of(SIGNER));
    }

    @Case(id = "signature.*.hash.unhashed-message", title = "{name} signature over the unhashed message",
            severity = Severity.CRITICAL, requirements = {SHA256}, flags = {"WrongHash"}, sweep = Sweep.ECDSA,
            description = """
                    A signature valid for the message used directly as the ECDSA digest, without SHA-256: ECDSA then
                    takes the message's leftmost 256 bits, its first 32 bytes (the key was chosen for this signature).
                    ES256 and ESP256 sign SHA-256 of the message (RFC 9053 §2.1), so it does not verify.

                    A verifier that passes the message to a raw ECDSA primitive (NONEwithECDSA, a verify-digest call)
                    accepts it, and then checks only the first 32 bytes of what was signed; see
                    hash.unhashed-prefix-forgery for what that costs.""")
    BuiltCase unhashedMessage(CaseContext<Void> context) {
        EcdsaChosenSignature unhashed = unhashed();
        return tampered(context.algorithm(), MESSAGE, unhashed.signature().raw(), unhashed.coseKey());
    }

    @Case(id = "signature.*.hash.unhashed-prefix-forgery",
            title = "{name} unhashed signature reused for another message",
            severity = Severity.CRITICAL, requirements = {SHA256, DSS_VERIFY}, flags = {"WrongHash", "ModifiedMessage"},
            sweep = Sweep.ECDSA,
            description = """
                    The signature and key of hash.unhashed-message, presented with a different message that shares only
                    its first 32 bytes with the one signed. Under SHA-256 the two messages have unrelated digests, so
                    the signature does not verify (RFC 9053 §2.1).

                    A verifier that uses the message as the digest sees the same 32 bytes and accepts: everything after
                    them is unauthenticated, and an attacker appends or replaces the rest of a manifest freely.""")
    BuiltCase unhashedPrefixForgery(CaseContext<Void> context) {
        EcdsaChosenSignature unhashed = unhashed();
        Bytes forged = Bytes.of(EcdsaRs.concat(Arrays.copyOf(MESSAGE.toByteArray(), 32),
                EcdsaFixtures.utf8("a forged tail that nobody signed").toByteArray()));
        return tampered(context.algorithm(), forged, unhashed.signature().raw(), unhashed.coseKey());
    }

    private static BuiltCase tampered(Algorithm alg, Bytes message, Bytes signature, Bytes key) {
        return reject(Reason.SIGNATURE_INVALID, input(alg.coseId(), message, signature, key));
    }

    /** A signature valid for the message's first 32 bytes taken as the digest, under a key chosen for it. */
    private static EcdsaChosenSignature unhashed() {
        return EcdsaChosenSignature.of(EcdsaP256.multiplyBase(EcdsaP256.scalar("hash unhashed R")),
                EcdsaP256.scalar("hash unhashed s"), EcdsaP256.digestInteger(MESSAGE.toByteArray()));
    }

    /** {@code bytes} with the lowest bit of byte {@code index} flipped. */
    private static Bytes flip(Bytes bytes, int index) {
        byte[] flipped = bytes.toByteArray();
        flipped[index] ^= 1;
        return Bytes.of(flipped);
    }
}
