package dev.headroom;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.tokens.TokenCounter;

/** Inputs and checks shared by the per-result ceiling's tests. */
final class CeilingFixtures {

    private CeilingFixtures() {}

    /** Words of routine prose: none is a problem word, none is asked for by the tests' questions. */
    private static final String[] WORDS = {
        "the", "team", "reviewed", "quarterly", "plan", "budget", "steady", "progress", "customers", "shipping",
        "warehouse", "design", "meeting", "notes", "draft", "schedule", "river", "garden", "morning", "coffee",
        "library", "window", "journey", "harbor", "careful", "bright", "quiet", "a", "of", "and", "with", "over",
        "under", "after", "before", "their", "new", "old", "small", "large", "green", "blue", "north", "south",
        "season", "market", "village", "letter", "story", "music", "painting", "kitchen", "travel", "weekend"
    };

    /**
     * {@code n} lines of routine prose (about 20 tokens a line, a blank line after every six), with no problem
     * word and nothing the tests' questions ask for; the same {@code n} always gives the same text.
     */
    static String prose(int n) {
        return String.join("\n", proseLines(n)) + "\n";
    }

    /** The lines of {@link #prose}. */
    static String[] proseLines(int n) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            if (i % 7 == 6) {
                lines[i] = "";
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int words = 12 + random.nextInt(6);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            lines[i] = sb.append('.').toString();
        }
        return lines;
    }

    /** Line {@code i} (from 1) of {@link #prose}; not blank for the lines the tests use. */
    static String proseLine(int i) {
        return proseLines(i)[i - 1];
    }

    /** {@code prose(n)} with line {@code at} (from 1) replaced. */
    static String proseWith(int n, int at, String line) {
        String[] lines = proseLines(n);
        lines[at - 1] = line;
        return String.join("\n", lines) + "\n";
    }

    /**
     * A Java class of {@code methods} methods of {@code bodyLines} body lines each; method {@code i} is
     * {@code public long <method(i)>(long amount) {}} and its line {@code k} declares {@code local(i * 1000 + k)}.
     * Names differ by letters, as in real code (lines differing only in numbers would read as data). No line is
     * a problem line.
     */
    static String javaClass(int methods, int bodyLines) {
        StringBuilder sb = new StringBuilder("package com.acme.ledger;\n\nimport java.util.List;\n\npublic final class Ledger {\n\n");
        for (int m = 0; m < methods; m++) {
            sb.append("    public long ").append(method(m)).append("(long amount) {\n");
            for (int k = 0; k < bodyLines; k++) {
                sb.append("        long ").append(local(m * 1000 + k)).append(" = amount * 31 + ").append(k).append(";\n");
            }
            sb.append("        return amount;\n    }\n\n");
        }
        return sb.append("}\n").toString();
    }

    /** The name of method {@code m} of {@link #javaClass}. */
    static String method(int m) {
        return "settle" + Character.toUpperCase(letters(m).charAt(0)) + letters(m).substring(1);
    }

    /** A local variable name for {@code i}. */
    static String local(int i) {
        return "part" + letters(i);
    }

    /** A distinct lower-case word of letters for {@code i} (no digits). */
    static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        int v = i + 1;
        while (v > 0) {
            sb.append((char) ('a' + v % 26));
            v /= 26;
        }
        return sb.toString();
    }

    static HeadroomConfig ceiling(int maxResultTokens) {
        return HeadroomConfig.builder()
                .defaults(CompressionSettings.defaults().toBuilder().maxResultTokens(maxResultTokens).build())
                .build();
    }

    static CompressionContext context(String toolName, String question) {
        return CompressionContext.builder().toolName(toolName).userMessage(question).build();
    }

    /** The capped output's closing disclosure line. */
    static String marker(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    /** The capped output without its closing disclosure line. */
    static String body(String text) {
        return text.substring(0, text.lastIndexOf('\n') + 1);
    }

    static int tokens(String text) {
        return TokenCounter.estimating().count(text);
    }
}
