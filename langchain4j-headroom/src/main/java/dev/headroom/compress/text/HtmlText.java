package dev.headroom.compress.text;

import dev.headroom.internal.CharClass;
import java.util.Locale;

/**
 * Extracts the text of an HTML document in one pass, without a parser dependency: drops comments,
 * {@code <script>}, {@code <style>}, {@code <noscript>}, {@code <svg>} and {@code <template>} with their
 * content, turns block elements into line breaks ({@code <h2>} into {@code ## }, {@code <li>} into
 * {@code - }), decodes the common entities and collapses blank runs. {@code <pre>} keeps its spacing.
 * Unclosed tags or comments end the text there. Deterministic.
 */
final class HtmlText {

    private static final String[] SKIPPED = {"script", "style", "noscript", "svg", "template"};
    private static final String[] BLOCKS = {
        "p", "div", "br", "tr", "table", "ul", "ol", "section", "article", "header", "footer", "nav", "main",
        "aside", "blockquote", "pre", "hr", "dl", "dt", "dd", "form", "fieldset", "figure", "figcaption", "title",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "body", "html"
    };

    private HtmlText() {}

    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int n = html.length();
        int i = 0;
        boolean pre = false;
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                int next = html.indexOf('<', i);
                int end = next < 0 ? n : next;
                appendText(out, html, i, end, pre);
                i = end;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            int close = tagEnd(html, i);
            if (close < 0) {
                break;
            }
            String name = tagName(html, i + 1, close);
            boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
            i = close + 1;
            if (name.isEmpty()) {
                continue;
            }
            if (!closing && contains(SKIPPED, name)) {
                int end = indexOfIgnoreCase(html, "</" + name, i);
                if (end < 0) {
                    break;
                }
                int gt = html.indexOf('>', end);
                i = gt < 0 ? n : gt + 1;
                continue;
            }
            if (name.equals("pre")) {
                pre = !closing;
            }
            if (contains(BLOCKS, name)) {
                newline(out);
                if (!closing && name.length() == 2 && name.charAt(0) == 'h' && CharClass.isDigit(name.charAt(1))) {
                    out.append("#".repeat(name.charAt(1) - '0')).append(' ');
                } else if (!closing && name.equals("li")) {
                    out.append("- ");
                }
            } else if (name.equals("td") || name.equals("th")) {
                out.append(' ');
            }
        }
        return collapse(out);
    }

    private static void appendText(StringBuilder out, String html, int from, int to, boolean pre) {
        String text = decode(html.substring(from, to));
        if (pre) {
            out.append(text);
            return;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (CharClass.isWhitespace(c) || c == '\u00a0') {
                int len = out.length();
                if (len > 0 && out.charAt(len - 1) != ' ' && out.charAt(len - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void newline(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(--len);
        }
        if (len > 0 && out.charAt(len - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Trims line ends and keeps at most one blank line in a row. */
    private static String collapse(StringBuilder out) {
        StringBuilder sb = new StringBuilder(out.length());
        int blank = 0;
        for (String line : out.toString().split("\n", -1)) {
            String t = line.stripTrailing();
            if (t.isBlank()) {
                blank++;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(blank > 0 ? "\n\n" : "\n");
            }
            sb.append(t);
            blank = 0;
        }
        return sb.toString();
    }

    private static int tagEnd(String html, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from, int to) {
        int i = from;
        if (i < to && (html.charAt(i) == '/' || html.charAt(i) == '!')) {
            i++;
        }
        int start = i;
        while (i < to && CharClass.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        return html.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static boolean contains(String[] names, String name) {
        for (String s : names) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = s.length() - needle.length();
        for (int i = from; i <= n; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 10) {
                sb.append(c);
                continue;
            }
            String entity = s.substring(i + 1, semi);
            String decoded = entity(entity);
            if (decoded == null) {
                sb.append(c);
                continue;
            }
            sb.append(decoded);
            i = semi;
        }
        return sb.toString();
    }

    private static String entity(String e) {
        switch (e) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            case "mdash": return "—";
            case "ndash": return "–";
            case "hellip": return "…";
            case "copy": return "©";
            default: break;
        }
        if (e.startsWith("#")) {
            try {
                int cp = e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }
}
