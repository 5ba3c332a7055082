package dev.headroom.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WantedTermsTest {

    /** What find must equal: the id of the lower-cased text, as an unfiltered scan would look it up. */
    private static int naive(WantedTerms wanted, String text) {
        return wanted.idOf(text.toLowerCase(Locale.ROOT));
    }

    @Test
    void findsWhatTheLowerCasedTextWouldFind() {
        List<String> words = List.of("eu", "west", "3a", "failed", "health", "check", "i\u0307d", "kelvin", "a", "x".repeat(70),
                "\u00e9t\u00e9");
        String[] texts = {"EU", "eu", "West", "WEST", "wes", "3A", "Failed", "FAILED", "failure", "health", "Check",
            "\u0130D", "\u0130d", "iD", "\u212Aelvin", "KELVIN", "A", "b", "X".repeat(70), "x".repeat(71), "\u00c9T\u00c9",
            "\u00e9t\u00e9", "zzz", "h"};
        for (List<String> entries : List.of(words, words.subList(0, 6), List.of("kelvin", "west"))) {
            WantedTerms wanted = WantedTerms.of(entries.stream().map(List::of).toList(), Bm25.ALIAS);
            for (String text : texts) {
                String padded = "[" + text + "]";
                assertThat(wanted.find(padded, 1, padded.length() - 1)).as("%s in %s", text, entries)
                        .isEqualTo(naive(wanted, text));
            }
        }
    }

    @Test
    void mayAliasOnlyWordsWhosePrefixAnAliasHas() {
        WantedTerms wanted = WantedTerms.of(List.of(List.of("upgraded", Bm25.ALIAS + "upgrade")), Bm25.ALIAS);
        assertThat(wanted.mayAlias("Upgrades", 0, 8)).isTrue();
        assertThat(wanted.mayAlias("ups", 0, 3)).isFalse();
        assertThat(wanted.mayAlias("down", 0, 4)).isFalse();
        assertThat(WantedTerms.of(List.of(List.of("upgraded")), Bm25.ALIAS).mayAlias("upgrades", 0, 8)).isFalse();
    }
}
