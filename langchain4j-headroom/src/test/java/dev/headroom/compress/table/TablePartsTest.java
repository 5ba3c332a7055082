package dev.headroom.compress.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablePartsTest {

    @Test
    void should_flag_problem_words_and_non_zero_exits_but_not_their_look_alikes() {
        assertThat(Severity.isProblem("web-1   0/1   CrashLoopBackOff   12")).isTrue();
        assertThat(Severity.isProblem("job-7   0/1   OOMKilled   0")).isTrue();
        assertThat(Severity.isProblem("abc   nginx   Exited (137) 5 minutes ago")).isTrue();
        assertThat(Severity.isProblem("42,import,FAILED,2026-03-01")).isTrue();
        assertThat(Severity.isProblem("w-3  java.io.IOException: closed")).isTrue();
        assertThat(Severity.isProblem("abc   nginx   Exited (0) 5 minutes ago")).isFalse();
        assertThat(Severity.isProblem("root  1  /bin/app --stderr=/dev/null --startup-timeout 60")).isFalse();
        assertThat(Severity.isProblem("web-1   1/1   Running   0")).isFalse();
    }

    @Test
    void should_read_leading_numbers_as_kubectl_and_df_print_them() {
        assertThat(ColumnStats.leadingNumber("47 (5m ago)")).isEqualTo(47.0);
        assertThat(ColumnStats.leadingNumber("45%")).isEqualTo(45.0);
        assertThat(ColumnStats.leadingNumber("-512.00")).isEqualTo(-512.0);
        assertThat(ColumnStats.leadingNumber("10:00")).isNaN();
        assertThat(ColumnStats.leadingNumber("1.2G")).isNaN();
        assertThat(ColumnStats.leadingNumber("v1")).isNaN();
        assertThat(ColumnStats.mask("Exited (137) 5 minutes ago")).isEqualTo("Exited (#) # minutes ago");
    }

    @Test
    void should_split_csv_cells_per_rfc_4180_and_box_rows_by_pipes() {
        assertThat(Delimited.cells("1,\"a, b\",\"say \"\"hi\"\"\",", ',')).containsExactly("1", "a, b", "say \"hi\"", "");
        assertThat(Delimited.cells("x,\"two\nlines\",y", ',')).containsExactly("x", "two\nlines", "y");
        assertThat(Delimited.cells("| 1 | alice | ok |", '|')).containsExactly("1", "alice", "ok");
        assertThat(Delimited.cells("5\" screen,12", ',')).containsExactly("5\" screen", "12");
    }

    @Test
    void should_recognise_structural_lines() {
        assertThat(LineShapes.isSeparator("-----+-------+------")).isTrue();
        assertThat(LineShapes.isSeparator("+----+-------+")).isTrue();
        assertThat(LineShapes.isSeparator("+++-=====-====")).isTrue();
        assertThat(LineShapes.isSeparator("--")).isFalse();
        assertThat(LineShapes.isFooter("(400 rows)")).isTrue();
        assertThat(LineShapes.isFooter("(1 row)")).isTrue();
        assertThat(LineShapes.isFooter("3 rows in set (0.00 sec)")).isTrue();
        assertThat(LineShapes.isFooter("(see below)")).isFalse();
        assertThat(LineShapes.isTotal("total 512340")).isTrue();
        assertThat(LineShapes.isTotal("total of everything")).isFalse();
        assertThat(LineShapes.isListing("drwxr-xr-x  2 root root 4096 Mar  3 10:00 bin")).isTrue();
        assertThat(LineShapes.isListing("lrwxrwxrwx. 1 root root    7 Mar  3 10:00 lib -> usr/lib")).isTrue();
        assertThat(LineShapes.isListing("-rw-r--r-- is the mode")).isFalse();
        assertThat(LineShapes.isHeader("NAME   READY   STATUS   RESTARTS   AGE")).isTrue();
        assertThat(LineShapes.isHeader("Filesystem      Size  Used Avail Use% Mounted on")).isTrue();
        assertThat(LineShapes.isHeader("The quick brown fox jumps over the lazy dog")).isFalse();
    }
}
