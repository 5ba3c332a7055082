package dev.headroom.internal.template;

import dev.headroom.internal.CharClass;

/** How {@link LevelShifts} reads the whitespace-separated fields of a periodic report's line. */
final class ReportFields {

    private ReportFields() {}

    /** A date or time ({@code 2026-12-07T10:00:01Z}, {@code 12/07/2026}, {@code 10:00:01}): a log line's stamp, not a key. */
    static boolean isClock(String token) {
        if (token.isEmpty() || !CharClass.isDigit(token.charAt(0))) {
            return false;
        }
        int digits = 0;
        boolean separated = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            digits += CharClass.isDigit(c) ? 1 : 0;
            separated |= c == ':' || c == '-' || c == '/';
        }
        return digits >= 4 && separated;
    }

    /** Where a {@code name=value} or {@code name:value} token splits, or -1. */
    static int separator(String token) {
        for (int i = 1; i < token.length() - 1; i++) {
            char c = token.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
            if (!(CharClass.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token as a non-negative quantity ({@code 12.5}, {@code 48ms}, {@code 99.5%}, {@code 950/s}, {@code 1,204,}),
     * or null: a unit is at most four letters, {@code %} or {@code /}.
     */
    static Double number(String token) {
        int end = token.length();
        while (end > 0 && ",;)".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        int i = 0;
        int digits = 0;
        boolean dot = false;
        while (i < end) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot && digits > 0) {
                dot = true;
            } else if (c != ',' || digits == 0) {
                break;
            }
            i++;
        }
        if (digits == 0 || digits > 15 || token.charAt(i - 1) == '.' || token.charAt(i - 1) == ',') {
            return null;
        }
        String unit = token.substring(i, end);
        if (unit.length() > 4 || !unit.chars().allMatch(c -> Character.isLetter(c) || c == '%' || c == '/')) {
            return null;
        }
        return Double.parseDouble(token.substring(0, i).replace(",", ""));
    }
}
