package dev.headroom;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeded generators of tool results of every kind for {@link CeilingPropertyTest}: source code (Java-like and
 * Python-like), prose and Markdown, logs with stack traces, JSON (pretty, minified, one huge object), binary-ish
 * text, huge single lines, odd Unicode (CJK, emoji as surrogate pairs, combining marks, right-to-left text,
 * zero-width characters, lone surrogates), and any of them with CRLF, CR or mixed line endings. Every input is a
 * pure function of the random it is given.
 */
final class CeilingInputs {

    /** A generated input and how it was made, for the failure report. */
    record Input(String content, String recipe) {}

    private static final String[] WORDS = {
        "order", "customer", "ledger", "timeout", "retry", "payment", "cache", "shipment", "invoice", "report",
        "the", "a", "of", "and", "with", "after", "before", "quarterly", "steady", "progress", "héllo", "naïve",
        "日本語", "中文字符", "emoji😀", "🚀🚀", "e\u0301", "مرحبا", "שלום", "zero\u200bwidth", "ﬁ", "Ω", "0x7fff"
    };
    private static final String[] LEVELS = {"INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR", "TRACE"};

    private CeilingInputs() {}

    static Input next(SplittableRandom r) {
        int size = r.nextInt(4) == 0 ? 40_000 + r.nextInt(160_000) : 200 + r.nextInt(40_000);
        StringBuilder recipe = new StringBuilder();
        String content = switch (r.nextInt(9)) {
            case 0 -> code(r, size, recipe);
            case 1 -> prose(r, size, recipe);
            case 2 -> log(r, size, recipe);
            case 3 -> json(r, size, recipe);
            case 4 -> binaryish(r, size, recipe);
            case 5 -> hugeLine(r, size * 2, recipe);
            case 6 -> unicode(r, size, recipe);
            case 7 -> code(r, size / 2, recipe) + "\n" + log(r, size / 2, recipe);
            default -> prose(r, size / 2, recipe) + json(r, size / 2, recipe);
        };
        int endings = r.nextInt(5);
        if (endings == 0) {
            recipe.append(" |CRLF");
            content = content.replace("\n", "\r\n");
        } else if (endings == 1) {
            recipe.append(" |CR");
            content = content.replace('\n', '\r');
        } else if (endings == 2) {
            recipe.append(" |mixed");
            StringBuilder sb = new StringBuilder(content.length() + content.length() / 20);
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '\n' && r.nextBoolean()) {
                    sb.append('\r');
                }
                sb.append(content.charAt(i));
            }
            content = sb.toString();
        }
        return new Input(content, recipe.toString());
    }

    static String code(SplittableRandom r, int size, StringBuilder recipe) {
        boolean python = r.nextBoolean();
        recipe.append(python ? "python" : "java").append("(size=").append(size).append(')');
        StringBuilder sb = new StringBuilder(size + 200);
        sb.append(python ? "import os\nimport sys\n\n\nclass Ledger:\n" : "package com.acme;\n\nimport java.util.List;\n\n/**\n * Ledger.\n */\npublic class Ledger {\n");
        for (int m = 0; sb.length() < size; m++) {
            String name = identifier(r);
            if (python) {
                sb.append(m % 5 == 0 ? "    @staticmethod\n" : "").append("    def ").append(name).append("(self, amount):\n")
                        .append("        \"\"\"Settles ").append(word(r)).append(".\"\"\"\n");
                for (int k = r.nextInt(30); k >= 0; k--) {
                    sb.append("        ").append(identifier(r)).append(" = amount * ").append(r.nextInt(100)).append(" + len(\"").append(word(r)).append("\")\n");
                }
                if (r.nextInt(8) == 0) {
                    sb.append("        raise ValueError(\"").append(word(r)).append(" failed\")\n");
                }
                sb.append("        return amount\n\n");
            } else {
                sb.append("    public long ").append(name).append("(long amount) {\n");
                for (int k = r.nextInt(30); k >= 0; k--) {
                    sb.append("        long ").append(identifier(r)).append(" = amount * ").append(r.nextInt(100)).append(" + \"").append(word(r)).append("\".length();\n");
                }
                if (r.nextInt(8) == 0) {
                    sb.append("        throw new IllegalStateException(\"").append(word(r)).append(" failed\");\n");
                }
                sb.append("        return amount;\n    }\n\n");
            }
        }
        return sb.append(python ? "" : "}\n").toString();
    }

    static String prose(SplittableRandom r, int size, StringBuilder recipe) {
        recipe.append("prose(size=").append(size).append(')');
        StringBuilder sb = new StringBuilder(size + 100);
        while (sb.length() < size) {
            int pick = r.nextInt(30);
            if (pick == 0) {
                sb.append("\n## ").append(word(r)).append(' ').append(word(r)).append("\n\n");
            } else if (pick == 1) {
                sb.append("The ").append(word(r)).append(" job failed with an exception.\n");
            } else {
                for (int w = 6 + r.nextInt(14); w > 0; w--) {
                    sb.append(word(r)).append(w == 1 ? ".\n" : " ");
                }
                if (r.nextInt(6) == 0) {
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    static String log(SplittableRandom r, int size, StringBuilder recipe) {
        recipe.append("log(size=").append(size).append(')');
        StringBuilder sb = new StringBuilder(size + 300);
        for (int i = 0; sb.length() < size; i++) {
            String level = LEVELS[r.nextInt(LEVELS.length)];
            sb.append("2026-12-06 07:").append(two(i / 60 % 60)).append(':').append(two(i % 60)).append(",")
                    .append(r.nextInt(1000)).append(' ').append(level).append(" [worker-").append(r.nextInt(8)).append("] ")
                    .append(word(r)).append(' ').append(word(r)).append(" id=").append(r.nextInt(1_000_000)).append('\n');
            if ("ERROR".equals(level) && r.nextInt(3) == 0) {
                sb.append("java.lang.IllegalStateException: ").append(word(r)).append('\n');
                for (int f = r.nextInt(12); f >= 0; f--) {
                    sb.append("\tat com.acme.").append(word(r).replaceAll("[^a-z]", "x")).append(".run(Main.java:").append(r.nextInt(900)).append(")\n");
                }
            }
        }
        return sb.toString();
    }

    static String json(SplittableRandom r, int size, StringBuilder recipe) {
        int shape = r.nextInt(3);
        recipe.append("json(size=").append(size).append(",shape=").append(shape).append(')');
        StringBuilder sb = new StringBuilder(size + 200);
        boolean pretty = shape == 0;
        sb.append(shape == 2 ? "{" : "[");
        for (int i = 0; sb.length() < size; i++) {
            sb.append(i == 0 ? "" : ",").append(pretty ? "\n  " : "");
            String value = "{\"id\":" + i + ",\"name\":\"" + word(r).replace("\"", "") + "\",\"status\":\""
                    + (r.nextInt(40) == 0 ? "error" : "ok") + "\",\"amount\":" + r.nextInt(100_000) / 100.0 + "}";
            sb.append(shape == 2 ? "\"k" + i + "\":" : "").append(value);
        }
        return sb.append(pretty ? "\n" : "").append(shape == 2 ? "}" : "]").toString();
    }

    static String binaryish(SplittableRandom r, int size, StringBuilder recipe) {
        boolean raw = r.nextBoolean();
        recipe.append("binaryish(size=").append(size).append(raw ? ",raw" : ",text with control chars").append(')');
        if (raw) {
            byte[] bytes = new byte[size];
            r.nextBytes(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(size + 20);
        while (sb.length() < size) {
            sb.append(word(r)).append(r.nextInt(25) == 0 ? (char) (1 + r.nextInt(8)) : ' ');
            if (r.nextInt(12) == 0) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static String hugeLine(SplittableRandom r, int size, StringBuilder recipe) {
        boolean spaces = r.nextBoolean();
        recipe.append("hugeLine(size=").append(size).append(spaces ? ",words" : ",no spaces").append(')');
        StringBuilder sb = new StringBuilder(size + 20);
        while (sb.length() < size) {
            sb.append(word(r)).append(spaces ? " " : r.nextInt(4) == 0 ? "😀" : "");
        }
        return sb.toString();
    }

    static String unicode(SplittableRandom r, int size, StringBuilder recipe) {
        recipe.append("unicode(size=").append(size).append(')');
        String[] pieces = {"日本語のテキスト", "中文字符串", "😀😃😄", "👩‍👩‍👧‍👦", "e\u0301\u0302\u0303", "مرحبا بالعالم", "שלום עולם",
            "\u200b\u200c\u200d", "\uFEFF", "\uD800", "\uDFFF", "ｆｕｌｌｗｉｄｔｈ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u0000", "\t"};
        StringBuilder sb = new StringBuilder(size + 40);
        while (sb.length() < size) {
            sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(3) == 0 ? " " : "");
            if (r.nextInt(15) == 0) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** A random identifier of 4 to 11 letters: code's names differ by letters, not only by numbers. */
    static String identifier(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 4 + r.nextInt(8); i > 0; i--) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    static String word(SplittableRandom r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
