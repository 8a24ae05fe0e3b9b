package dev.suitcase.adapters.process;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @Test
    void splitsAtBlanks() {
        assertEquals(List.of("python3", "-u", "adapter.py"), CommandLine.parse("  python3 \t-u  adapter.py ").words());
    }

    @Test
    void keepsQuotedTextTogetherAsAShellDoes() {
        assertEquals(List.of("my adapter", "it's", "a\"b", "$HOME", "x y"),
                CommandLine.parse("'my adapter' \"it's\" \"a\\\"b\" '$HOME' x\\ y").words());
        assertEquals(List.of("abc", ""), CommandLine.parse("a'b'\"c\" ''").words());
        assertEquals(List.of("back\\slash"), CommandLine.parse("\"back\\slash\"").words());
    }

    @Test
    void refusesAnUnterminatedQuoteOrNoProgram() {
        IllegalArgumentException quote = assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("run 'oops"));
        assertTrue(quote.getMessage().contains("unterminated ' quote opened at position 4"), quote.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("   "));
    }

    @Test
    void resolvesARelativeProgramPathAgainstTheBaseAndLeavesBareNamesToThePath() {
        Path base = Path.of("/repo");
        assertEquals(List.of("/repo/adapters/python/run", "--x"),
                CommandLine.parse("adapters/python/run --x").resolvedAgainst(base).words());
        assertEquals(List.of("/repo/tool"), CommandLine.parse("./tool").resolvedAgainst(base).words());
        assertEquals(List.of("python3", "adapters/x.py"), CommandLine.parse("python3 adapters/x.py").resolvedAgainst(base).words());
        assertEquals(List.of("/usr/bin/env"), CommandLine.parse("/usr/bin/env").resolvedAgainst(base).words());
    }
}
