package dev.headroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharClassTest {

    @Test
    void answersAsCharacterForEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(CharClass.isDigit(c)).as("isDigit %04x", i).isEqualTo(Character.isDigit(c));
            assertThat(CharClass.isLetter(c)).as("isLetter %04x", i).isEqualTo(Character.isLetter(c));
            assertThat(CharClass.isLetterOrDigit(c)).as("isLetterOrDigit %04x", i).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(CharClass.isUpperCase(c)).as("isUpperCase %04x", i).isEqualTo(Character.isUpperCase(c));
            assertThat(CharClass.isLowerCase(c)).as("isLowerCase %04x", i).isEqualTo(Character.isLowerCase(c));
            assertThat(CharClass.isWhitespace(c)).as("isWhitespace %04x", i).isEqualTo(Character.isWhitespace(c));
        }
    }
}
