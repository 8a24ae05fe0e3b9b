package dev.suitcase.runner.report;

import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.ByteRange;
import dev.suitcase.verifier.cbor.DiagnosticPrinter;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A vector's input as an implementer reads it: CBOR diagnostic notation with embedded CBOR
 * expanded, the item a rejection blames marked by a comment, and the keys and device beside it.
 * {@code suitcase show} prints it with the reference verifier's blame marked; report.html shows it
 * in each vector's detail with the blame of an answer of the run.
 */
public final class InputDiagnostic {
    private InputDiagnostic() {
    }

    /**
     * @param vector the vector
     * @param mark   the bytes to mark, offsets into the COSE_Sign1 or the SUIT envelope; a signature-layer
     *               input is shown as hex fields, unmarked
     * @param note   what the mark says, e.g. the reason of the rejection that blames those bytes
     */
    public static String of(Vector vector, Optional<ByteRange> mark, String note) {
        StringJoiner out = new StringJoiner("\n");
        if (vector.input() instanceof SignatureInput signature) {
            out.add("Input (signature layer, algorithm id " + signature.algorithmId() + "):");
            out.add("key        " + DiagnosticPrinter.print(signature.coseKey().toByteArray(), Optional.empty(), ""));
            out.add("message    h'" + signature.message().hex() + "'");
            out.add("signature  h'" + signature.signature().hex() + "' (" + signature.signature().length() + " bytes)");
        } else if (vector.input() instanceof CoseInput cose) {
            out.add("Input: COSE_Sign1");
            out.add(DiagnosticPrinter.print(cose.coseSign1().toByteArray(), mark, note));
            cose.detachedPayload().ifPresent(payload -> out.add("detached payload  h'" + payload.hex() + "'"));
            cose.externalAad().ifPresent(aad -> out.add("external AAD      h'" + aad.hex() + "'"));
            cose.allowedAlgorithm().ifPresent(algorithm -> out.add("allowed algorithm " + algorithm.displayName()
                    + " (" + algorithm.coseId() + ") only"));
            keys(cose.keys(), out);
        } else {
            SuitInput suit = (SuitInput) vector.input();
            out.add("Input: SUIT envelope, processed to scope " + suit.scope().wireName());
            out.add(DiagnosticPrinter.print(suit.envelope().toByteArray(), mark, note));
            out.add("device: vendor " + suit.device().vendorId().hex() + ", class " + suit.device().classId().hex()
                    + suit.device().deviceId().map(device -> ", device " + device.hex()).orElse("")
                    + ", stored sequence number " + suit.device().sequenceNumber()
                    + ", " + suit.device().components().size() + " component(s), payloads at "
                    + suit.device().payloads().keySet());
            keys(suit.keys(), out);
        }
        return out.toString();
    }

    private static void keys(List<KeyEntry> keys, StringJoiner out) {
        for (KeyEntry key : keys) {
            out.add((key.trusted() ? "trusted key    " : "untrusted key  ")
                    + DiagnosticPrinter.print(key.coseKey().toByteArray(), Optional.empty(), ""));
        }
    }
}
