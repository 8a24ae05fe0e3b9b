package dev.suitcase.runner.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTextTest {
    @Test
    void htmlBecomesText() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;", MarkdownText.escape("<script>alert(1)</script> &amp;"));
    }

    @Test
    void inlineMarkdownIsEscaped() {
        assertEquals("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](x) !\\[img\\](y) \\~\\~gone\\~\\~ \\$x\\$ a\\|b back\\\\slash",
                MarkdownText.escape("**bold** _it_ `code` [link](x) ![img](y) ~~gone~~ $x$ a|b back\\slash"));
    }

    @Test
    void aLineBreakCannotStartALineOfTheWritersChoosing() {
        assertEquals("row #\u200B#\u200B heading  - item", MarkdownText.escape("row\n## heading\r\n- item"));
        assertEquals("a b c d", MarkdownText.escape("a\tb\u2028c\u0000d"));
    }

    @Test
    void mentionsAndIssueReferencesAreBroken() {
        assertEquals("@\u200Bsecurity-team fixes #\u200B12", MarkdownText.escape("@security-team fixes #12"));
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        String escaped = MarkdownText.escape("x".repeat(MarkdownText.LIMIT + 50));

        assertEquals(MarkdownText.LIMIT + 1, escaped.length());
        assertTrue(escaped.endsWith("x…"));
    }

    @Test
    void plainTextIsLeftAlone() {
        assertEquals("jdk accepted signature.es256.x-1 (RFC 9053 §2.1): 97.5 % ünïcödé",
                MarkdownText.escape("jdk accepted signature.es256.x-1 (RFC 9053 §2.1): 97.5 % ünïcödé"));
    }
}
