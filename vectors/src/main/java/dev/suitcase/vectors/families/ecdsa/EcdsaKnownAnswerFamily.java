package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.verifier.Reason;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.input;

/**
 * The P-256 known answers of RFC 6979 Appendix A.2.5: the key with private scalar C9AFA9D8...6721
 * and its deterministic signatures of the messages "sample" and "test" with SHA-1, SHA-224,
 * SHA-256, SHA-384 and SHA-512, transcribed from the RFC. The two SHA-256 signatures are valid ES256
 * and ESP256 signatures (the "sample" one has a high s); the eight others are valid ECDSA signatures
 * over another hash of the same message, which an ES256 or ESP256 verifier, hashing with SHA-256
 * (RFC 9053 §2.1), must reject.
 */
public final class EcdsaKnownAnswerFamily extends EcdsaFamily {
    static final String SOURCE = "RFC 6979";
    static final String URL = "https://www.rfc-editor.org/rfc/rfc6979#appendix-A.2.5";
    /** The public key U = xG of RFC 6979 A.2.5. */
    static final byte[] UX = hex("60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6");
    static final byte[] UY = hex("7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299");

    /**
     * One signature of RFC 6979 A.2.5.
     *
     * @param hash    the hash, as RFC 6979 names it (SHA-256)
     * @param message the signed message, ASCII
     * @param r       r as printed in the RFC
     * @param s       s as printed in the RFC
     */
    record KnownAnswer(String hash, String message, String r, String s) {
        Bytes signature() {
            return Bytes.of(EcdsaRs.concat(hex(r), hex(s)));
        }

        String token() {
            return hash.toLowerCase(Locale.ROOT).replace("-", "") + "-" + message;
        }
    }

    /** RFC 6979 Appendix A.2.5, in the RFC's order. */
    static final List<KnownAnswer> ANSWERS = List.of(
            new KnownAnswer("SHA-1", "sample", "61340C88C3AAEBEB4F6D667F672CA9759A6CCAA9FA8811313039EE4A35471D32",
                    "6D7F147DAC089441BB2E2FE8F7A3FA264B9C475098FDCF6E00D7C996E1B8B7EB"),
            new KnownAnswer("SHA-224", "sample", "53B2FFF5D1752B2C689DF257C04C40A587FABABB3F6FC2702F1343AF7CA9AA3F",
                    "B9AFB64FDC03DC1A131C7D2386D11E349F070AA432A4ACC918BEA988BF75C74C"),
            new KnownAnswer("SHA-256", "sample", "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716",
                    "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8"),
            new KnownAnswer("SHA-384", "sample", "0EAFEA039B20E9B42309FB1D89E213057CBF973DC0CFC8F129EDDDC800EF7719",
                    "4861F0491E6998B9455193E34E7B0D284DDD7149A74B95B9261F13ABDE940954"),
            new KnownAnswer("SHA-512", "sample", "8496A60B5E9B47C825488827E0495B0E3FA109EC4568FD3F8D1097678EB97F00",
                    "2362AB1ADBE2B8ADF9CB9EDAB740EA6049C028114F2460F96554F61FAE3302FE"),
            new KnownAnswer("SHA-1", "test", "0CBCC86FD6ABD1D99E703E1EC50069EE5C0B4BA4B9AC60E409E8EC5910D81A89",
                    "01B9D7B73DFAA60D5651EC4591A0136F87653E0FD780C3B1BC872FFDEAE479B1"),
            new KnownAnswer("SHA-224", "test", "C37EDB6F0AE79D47C3C27E962FA269BB4F441770357E114EE511F662EC34A692",
                    "C820053A05791E521FCAAD6042D40AEA1D6B1A540138558F47D0719800E18F2D"),
            new KnownAnswer("SHA-256", "test", "F1ABB023518351CD71D881567B1EA663ED3EFCF6C5132B354F28D3B0B7D38367",
                    "019F4113742A2B14BD25926B49C649155F267E60D3814B4C0CC84250E46F0083"),
            new KnownAnswer("SHA-384", "test", "83910E8B48BB0C74244EBDF7F07A1C5413D61472BD941EF3920E623FBCCEBEB6",
                    "8DDBEC54CF8CD5874883841D712142A56A8D0F218F5003CB0296B6B509619F2C"),
            new KnownAnswer("SHA-512", "test", "461D93F31B6540894788FD206C07CFA0CC35F46FA3C91816FFF1040AD1581A04",
                    "39AF9F15DE0DB8D97E72719C74820D304CE5226E32DEDAE67519E840D1194E55"));

    @Override
    public String name() {
        return "ecdsa-rfc6979";
    }

    @Override
    protected List<Row<Void>> rows() {
        return ANSWERS.stream().map(answer -> answer.hash().equals("SHA-256") ? valid(answer) : otherHash(answer))
                .toList();
    }

    /** A SHA-256 answer: a valid signature under both identifiers, one of them with a high s. */
    private static Row<Void> valid(KnownAnswer answer) {
        boolean highS = EcdsaRs.decode(answer.signature()).highS();
        String sForm = highS
                ? "Its s is above n/2: the RFC's own answer is a high-s signature, so an implementation that declares "
                + "ecdsa-low-s rejects it, and rejecting it by default would refuse signatures every correct ECDSA "
                + "implementation produces."
                : "Its s is below n/2, so every profile accepts it.";
        String description = """
                The RFC 6979 Appendix A.2.5 known answer for P-256 with SHA-256 and the message "%s": the
                RFC's public key and deterministic signature, which is a valid {alg} signature (ECDSA on
                P-256 with SHA-256, RFC 9053 §2.1). %s

                A verifier must accept it; failing a published known answer means the arithmetic, the
                hash or the encoding is wrong.""".formatted(answer.message(), sForm);
        Expectation expect = highS ? EcdsaFixtures.highSExpectation() : Expectation.accept();
        List<String> flags = highS ? List.of("KnownAnswer", "ValidSignature", "HighS") : List.of("KnownAnswer", "ValidSignature");
        CaseSpec spec = new CaseSpec("signature.*.rfc6979." + answer.token(), "RFC 6979 A.2.5 P-256 SHA-256 \""
                + answer.message() + "\" signature under {name}", Severity.HIGH,
                List.of("RFC9053-2.1-dss-verify", "RFC9053-2.1-sha256"), flags, description, "", Sweep.ECDSA, Set.of());
        return new Row<>(spec, context -> taken(answer, BuiltCase.of(expect,
                knownAnswerInput(context.algorithm().coseId(), answer))));
    }

    /** An answer over another hash than SHA-256: a valid ECDSA signature that no ES256 or ESP256 verifier accepts. */
    private static Row<Void> otherHash(KnownAnswer answer) {
        String digestUse = switch (answer.hash()) {
            case "SHA-1", "SHA-224" -> answer.hash() + " digests are shorter than 256 bits, so ECDSA uses the whole "
                    + "digest as the integer it signs";
            default -> "ECDSA on P-256 signs the leftmost 256 bits of the " + answer.hash() + " digest";
        };
        String description = """
                The RFC 6979 Appendix A.2.5 known answer for P-256 with %s and the message "%s", presented
                under {alg} with the RFC's key. It is a valid ECDSA signature, but over %s of the message
                (%s), and {name} hashes with SHA-256 (RFC 9053 §2.1), so it does not verify.

                A verifier that accepts it chooses the hash by some other means than the algorithm
                identifier, or tries several; then the identifier no longer says what was signed. Reject
                it as an invalid signature.""".formatted(answer.hash(), answer.message(), answer.hash(), digestUse);
        CaseSpec spec = new CaseSpec("signature.*.rfc6979." + answer.token(), "RFC 6979 A.2.5 P-256 " + answer.hash()
                + " \"" + answer.message() + "\" signature presented under {name}", Severity.HIGH,
                List.of("RFC9053-2.1-sha256"), List.of("KnownAnswer", "WrongHash"), description, "", Sweep.ECDSA,
                Set.of());
        return new Row<>(spec, context -> taken(answer, BuiltCase.of(Expectation.reject(Reason.SIGNATURE_INVALID),
                knownAnswerInput(context.algorithm().coseId(), answer))));
    }

    private static SignatureInput knownAnswerInput(int algorithmId, KnownAnswer answer) {
        return input(algorithmId, EcdsaFixtures.utf8(answer.message()), answer.signature(), CoseKeys.ec2P256(UX, UY));
    }

    private static BuiltCase taken(KnownAnswer answer, BuiltCase built) {
        return built.takenFrom(SOURCE, URL, "A.2.5 P-256 " + answer.hash() + " message \"" + answer.message() + "\"");
    }

    private static byte[] hex(String upperCaseHex) {
        return HexFormat.of().parseHex(upperCaseHex);
    }
}
