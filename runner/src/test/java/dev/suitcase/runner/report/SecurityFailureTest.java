package dev.suitcase.runner.report;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.requirements.RequirementCatalogue;
import dev.suitcase.verifier.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityFailureTest {
    private static final AdapterUnderTest A = Fixtures.adapter("a");
    private static final AdapterUnderTest B = Fixtures.adapter("b");
    private static final Vector LOW = Fixtures.rejecting("signature.es256.test.a-low", Reason.SIGNATURE_MALFORMED, Severity.LOW);
    private static final Vector CRITICAL_Z = Fixtures.rejecting("signature.es256.test.z-critical", Reason.SIGNATURE_INVALID, Severity.CRITICAL);
    private static final Vector CRITICAL_M = Fixtures.rejecting("signature.es256.test.m-critical", Reason.SIGNATURE_INVALID, Severity.CRITICAL);

    @Test
    void listsEachAcceptedMustRejectVectorOnceByItsSeverityThenIdWithTheAdaptersThatAcceptedIt() {
        Results results = new Results(Fixtures.run(List.of(A, B)), List.of(
                Fixtures.judged(LOW, A, AdapterOutcome.accept()),
                Fixtures.judged(CRITICAL_Z, A, AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "")),
                Fixtures.judged(CRITICAL_Z, B, AdapterOutcome.accept()),
                Fixtures.judged(CRITICAL_M, A, AdapterOutcome.accept()),
                Fixtures.judged(CRITICAL_M, B, AdapterOutcome.accept())));
        RequirementCatalogue catalogue = RequirementCatalogue.fromClasspath();

        List<SecurityFailure> failures = SecurityFailure.of(results,
                Map.of(LOW.id(), LOW, CRITICAL_Z.id(), CRITICAL_Z, CRITICAL_M.id(), CRITICAL_M), catalogue);

        assertEquals(List.of("signature.es256.test.m-critical", "signature.es256.test.z-critical", "signature.es256.test.a-low"),
                failures.stream().map(SecurityFailure::vector).toList());
        SecurityFailure first = failures.get(0);
        assertEquals(List.of("a", "b"), first.adapters());
        assertEquals("a, b", first.adapterList());
        assertEquals("critical", first.severity());
        assertEquals("reject with SIGNATURE_INVALID", first.expected());
        assertTrue(first.explanation().startsWith("accepted \"Runner test m-critical\": must reject with SIGNATURE_INVALID"),
                first.explanation());
        RequirementText requirement = first.requirements().get(0);
        assertEquals(Fixtures.REQUIREMENT, requirement.id());
        assertEquals("MUST", requirement.level());
        assertEquals("RFC 8032 §5.1.7", requirement.source());
        assertEquals(catalogue.find(Fixtures.REQUIREMENT).orElseThrow().summary(), requirement.summary());
        assertEquals(List.of("b"), failures.get(1).adapters(), "only the adapters that accepted it");
    }

    @Test
    void aRequirementTheCatalogueLacksSaysSo() {
        RequirementText unknown = RequirementText.of("RFC0000-1-nothing", RequirementCatalogue.fromClasspath());

        assertEquals(false, unknown.known());
        assertTrue(unknown.summary().startsWith("not in the requirement catalogue"), unknown.summary());
    }
}
