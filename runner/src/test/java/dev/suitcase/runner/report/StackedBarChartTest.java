package dev.suitcase.runner.report;

import dev.suitcase.runner.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StackedBarChartTest {
    @Test
    void eachBarFillsTheBarWidthWithOneSegmentPerVerdictInVerdictOrder() {
        Map<String, Map<Verdict, Integer>> counts = new LinkedHashMap<>();
        counts.put("jdk", Map.of(Verdict.NOT_APPLICABLE, 1, Verdict.PASS, 2, Verdict.FAIL_ACCEPTED, 1));
        counts.put("reference", Map.of(Verdict.PASS, 4));

        StackedBarChart chart = StackedBarChart.of("Verdicts per adapter", counts);

        StackedBarChart.Bar jdk = chart.bars().get(0);
        assertEquals(List.of(Verdict.PASS, Verdict.FAIL_ACCEPTED, Verdict.NOT_APPLICABLE),
                jdk.segments().stream().map(segment -> segment.legend().verdict()).toList());
        assertEquals(List.of("190.0", "400.0", "505.0"), jdk.segments().stream().map(StackedBarChart.Segment::x).toList());
        assertEquals(List.of("210.0", "105.0", "105.0"), jdk.segments().stream().map(StackedBarChart.Segment::width).toList());
        assertEquals(4, jdk.total());
        assertEquals("jdk: 1 FAIL_ACCEPTED", jdk.segments().get(1).tooltip());
        assertEquals(StackedBarChart.ROW_HEIGHT, chart.bars().get(1).y());
        assertEquals(2 * StackedBarChart.ROW_HEIGHT, chart.height());
    }

    @Test
    void aLongLabelIsCutAndKeptWholeForTheTooltip() {
        String name = "process:adapters/python/run --with a very long command line";

        StackedBarChart.Bar bar = StackedBarChart.of("t", Map.of(name, Map.of(Verdict.PASS, 1))).bars().get(0);

        assertEquals(StackedBarChart.LABEL_LIMIT, bar.label().length());
        assertEquals(name, bar.fullName());
    }
}
