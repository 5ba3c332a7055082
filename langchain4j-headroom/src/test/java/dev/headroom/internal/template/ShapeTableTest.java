package dev.headroom.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShapeTableTest {

    @Test
    void numbersShapesInOrderOfFirstOccurrence() {
        ShapeTable table = new ShapeTable(1);
        assertThat(table.idOf(new String[] {"GET", "*", "200"})).isEqualTo(0);
        assertThat(table.idOf(new String[] {"GET", "*", "502"})).isEqualTo(1);
        assertThat(table.idOf(new String[] {"GET", "*", "200"})).isEqualTo(0);
        assertThat(table.idOf(new String[] {"GET", "*"})).isEqualTo(2);
        for (int i = 0; i < 100; i++) { // grows past its first capacity
            assertThat(table.idOf(new String[] {"w" + i})).isEqualTo(3 + i);
        }
        assertThat(table.idOf(new String[] {"GET", "*", "502"})).isEqualTo(1);
        assertThat(table.size()).isEqualTo(103);
    }

    @Test
    void shapesAreTheSameWhenTheirTokensJoinTheSameWay() {
        // the miner's shape key always was the tokens joined by U+0001, with the token count
        ShapeTable table = new ShapeTable(4);
        assertThat(table.idOf(new String[] {"a\u0001b", "c"})).isEqualTo(0);
        assertThat(table.idOf(new String[] {"a", "b\u0001c"})).isEqualTo(0);
        assertThat(table.idOf(new String[] {"a", "b", "c"})).isEqualTo(1);
    }

    @Test
    void leftOutCountsCountEachKey() {
        LeftOutCounts counts = new LeftOutCounts(200);
        for (int i = 0; i < 200; i++) {
            counts.increment(i % 7, i % 5, 42L);
        }
        assertThat(counts.get(0, 0, 42L)).isEqualTo(6); // i ≡ 0 mod 35: 0, 35, ..., 175
        assertThat(counts.get(0, 0, 43L)).isZero();
    }
}
