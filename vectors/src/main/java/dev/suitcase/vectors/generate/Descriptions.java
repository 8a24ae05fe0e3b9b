package dev.suitcase.vectors.generate;

import java.util.ArrayList;
import java.util.List;

/** Turns a description written as a text block into the text a vector file carries. */
public final class Descriptions {
    private Descriptions() {
    }

    /**
     * Joins the lines of each paragraph with single spaces and separates paragraphs with one
     * blank line, so the source may wrap lines freely without the wrapping reaching the file.
     */
    public static String normalize(String textBlock) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : textBlock.strip().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (paragraph.length() > 0) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(trimmed);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        return String.join("\n\n", paragraphs);
    }
}
