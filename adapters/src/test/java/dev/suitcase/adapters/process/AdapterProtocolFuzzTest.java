package dev.suitcase.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.adapters.fuzz.PerInputBudget;
import java.util.HexFormat;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Coverage-guided fuzzing of the adapter protocol reader (PROTOCOL.md): one stdout line of an adapter program
 * goes through what {@link ProcessAdapter} does with it ({@link WireMessages#parse}, then the id, then
 * {@link WireMessages#verifyAnswer} and {@link WireMessages#signAnswer}), and, as a request, through what
 * {@link AdapterServer} does ({@link WireMessages#verifyRequest}, {@link WireMessages#signRequest}). Nothing but
 * the documented exceptions may escape, each line within {@link PerInputBudget#DEFAULT}; an accept is read only
 * from {@code "outcome": "accept"}, an envelope only from its exact hex, and every answer and request read
 * encodes back to itself. Seeds and committed findings: {@code src/test/resources/dev/suitcase/adapters/process/
 * AdapterProtocolFuzzTestInputs/protocolLine/}.
 */
class AdapterProtocolFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void protocolLine(byte[] line) {
        PerInputBudget.DEFAULT.run("the protocol reader", line.length, () -> {
            read(line);
            return null;
        });
    }

    private static void read(byte[] line) {
        WireMessages.excerpt(line);
        JsonNode message;
        try {
            message = WireMessages.parse(line);
        } catch (JacksonException notJson) {
            return; // ProcessAdapter: "wrote a stdout line that is not JSON", a crash of the program
        }
        if (message == null || !message.isObject()) {
            return;
        }
        AdapterOutcome outcome = WireMessages.verifyAnswer(message);
        JsonNode said = message.get("outcome");
        if (outcome.kind() == AdapterOutcome.Kind.ACCEPT) {
            assertTrue(said != null && said.isString() && said.stringValue().equals("accept"),
                    "read an accept from an answer whose outcome is not \"accept\": " + WireMessages.excerpt(line));
        }
        if (outcome.kind() != AdapterOutcome.Kind.PROTOCOL_VIOLATION) {
            AdapterOutcome again = WireMessages.verifyAnswer(WireMessages.parse(WireMessages.line(
                    WireMessages.answer("id", outcome))));
            assertEquals(outcome.kind(), again.kind(), "an answer's outcome does not survive encoding");
            assertEquals(outcome.reason(), again.reason(), "an answer's reason does not survive encoding");
            assertEquals(outcome.detail(), again.detail(), "an answer's detail does not survive encoding");
        }
        SignOutcome signed = WireMessages.signAnswer(message);
        if (signed.envelope().isPresent()) {
            JsonNode envelope = message.get("envelope");
            assertTrue(envelope != null && envelope.isString() && envelope.stringValue().equals(
                    HexFormat.of().formatHex(signed.envelope().get().toByteArray())),
                    "read an envelope that is not the answer's lowercase hex: " + WireMessages.excerpt(line));
        }
        Optional<VerifyRequest> verify = request(() -> WireMessages.verifyRequest(message));
        verify.ifPresent(request -> assertEquals(request,
                WireMessages.verifyRequest(WireMessages.parse(WireMessages.line(WireMessages.verify(request)))),
                "a verify request does not survive encoding"));
        Optional<SignRequest> sign = request(() -> WireMessages.signRequest(message));
        sign.ifPresent(request -> assertEquals(request,
                WireMessages.signRequest(WireMessages.parse(WireMessages.line(WireMessages.sign(request)))),
                "a sign request does not survive encoding"));
    }

    /** The request read, or empty when the reader refused it the documented way (an IllegalArgumentException). */
    private static <T> Optional<T> request(java.util.function.Supplier<T> reader) {
        try {
            return Optional.of(reader.get());
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }
}
