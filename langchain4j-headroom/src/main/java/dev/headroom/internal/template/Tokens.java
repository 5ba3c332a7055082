package dev.headroom.internal.template;

import dev.headroom.internal.CharClass;

/** Token-level helpers of {@link TemplateMiner}: splitting on blanks and recognising number fields. */
final class Tokens {

    private Tokens() {}

    /**
     * Writes the blank-separated tokens of {@code text} from {@code from} into {@code out} and returns how many; past
     * {@code out.length - 1} tokens, the rest is one token.
     */
    static int split(String text, int from, String[] out) {
        return split(text, from, out, null);
    }

    /**
     * {@link #split(String, int, String[])}, also writing into {@code masks} (when given) whether each token
     * {@link #needsMask needs masking}, found in the same pass.
     */
    static int split(String text, int from, String[] out, boolean[] masks) {
        int max = out.length;
        int size = 0;
        int n = text.length();
        int i = from;
        while (i < n) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (size == max - 1) {
                int end = n;
                while (end > i && isBlank(text.charAt(end - 1))) {
                    end--;
                }
                out[size] = text.substring(i, end);
                if (masks != null) {
                    masks[size] = needsMask(out[size]);
                }
                size++;
                break;
            }
            int start = i;
            boolean mask = false;
            char c;
            while (i < n && !isBlank(c = text.charAt(i))) {
                mask |= (c >= '0' && c <= '9') || c == '/' || c > 127;
                i++;
            }
            if (masks != null) {
                masks[size] = mask;
            }
            out[size++] = text.substring(start, i);
        }
        return size;
    }

    /** Whether {@link Templates#of} would change the token (it has a digit or a slash); most words do not. */
    static boolean needsMask(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if ((c >= '0' && c <= '9') || c == '/' || c > 127) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * A lone integer, maybe signed or wrapped in punctuation or after a key: {@code 502}, {@code (137)},
     * {@code status=1}, {@code -1}; not part of an id, address, version or time ({@code worker-3},
     * {@code 10.0.0.1}, {@code 1.2.3}, {@code 12:00}).
     */
    static boolean isNumberField(String token) {
        int n = token.length();
        int start = -1;
        int end = -1;
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c == '/') {
                return false;
            }
            if (c >= '0' && c <= '9') {
                if (start < 0) {
                    start = i;
                } else if (end >= 0) {
                    return false;
                }
                while (i + 1 < n && token.charAt(i + 1) >= '0' && token.charAt(i + 1) <= '9') {
                    i++;
                }
                end = i + 1;
            }
        }
        if (start < 0) {
            return false;
        }
        if (start > 0) {
            char before = token.charAt(start - 1);
            if (CharClass.isLetterOrDigit(before) || before == '_' || before == '.' || before == ':') {
                return false;
            }
            if (before == '-' && start > 1 && (CharClass.isLetterOrDigit(token.charAt(start - 2)) || token.charAt(start - 2) == '_')) {
                return false;
            }
        }
        if (end < n) {
            char after = token.charAt(end);
            boolean last = end + 1 == n;
            if (CharClass.isLetter(after) || after == '_' || after == '-' || (after == '.' || after == ':') && !last) {
                return false;
            }
        }
        return true;
    }
}
