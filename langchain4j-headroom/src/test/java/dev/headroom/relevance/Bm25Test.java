package dev.headroom.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25Test {

    @Test
    void should_rank_the_document_with_the_rare_query_term_first() {
        // given
        Bm25 bm25 = Bm25.index(List.of(
                "{\"id\":\"i-001\",\"state\":\"running\"}",
                "{\"id\":\"i-002\",\"state\":\"running\"}",
                "{\"id\":\"i-003\",\"state\":\"stopped\"}"));

        // when
        int[] top = bm25.top("why is i-003 down", 5);

        // then
        assertThat(top).containsExactly(2);
    }

    @Test
    void should_rank_the_line_holding_the_asked_number_over_prose_sharing_the_question_s_function_words() {
        // given: 40 access lines, three of them a 500; a few lines of prose built of the words questions are built of
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(i % 13 == 5 ? "GET /api/customers/" + i + "/orders - 500 0 - 30118ms" : "GET /api/orders/" + i + " - 200 - 12ms");
            if (i % 10 == 0) {
                lines.add("The timeout period elapsed prior to completion of the operation or the server is not responding.");
            }
        }
        Bm25 bm25 = Bm25.index(lines);

        // when
        int[] matches = bm25.matches("Some calls to the api hang, then return 500. Which is it?", 3, 0.5, 1.0);

        // then: the three 500 lines, not the prose
        assertThat(java.util.Arrays.stream(matches).mapToObj(lines::get).toList()).hasSize(3)
                .allSatisfy(line -> assertThat(line).contains(" 500 "));
    }

    @Test
    void should_give_no_weight_to_terms_present_in_every_document() {
        // given
        Bm25 bm25 = Bm25.index(List.of("state running", "state running", "state stopped"));

        // when
        double[] scores = bm25.scores("state");

        // then: BM25's IDF is small but positive for ubiquitous terms; they never outrank a rare match
        assertThat(bm25.top("state stopped", 1)).containsExactly(2);
        assertThat(scores[0]).isEqualTo(scores[1]).isEqualTo(scores[2]);
    }

    @Test
    void should_drop_documents_sharing_only_a_part_of_an_exact_id_when_a_share_of_the_best_is_asked() {
        // given: one instance has the asked address; 30 share its first octet, a few its last
        List<String> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            docs.add("{\"name\":\"web-" + i + "\",\"ip\":\"10.0.2." + (i + 20) + "\"}");
        }
        docs.add("{\"name\":\"gateway-7\",\"ip\":\"10.0.1.115\"}");
        docs.add("{\"name\":\"db-115\",\"ip\":\"172.16.0.9\"}");
        Bm25 bm25 = Bm25.index(docs);

        // when
        int[] all = bm25.top("who is 10.0.1.115?", 20);
        int[] best = bm25.matches("who is 10.0.1.115?", 20, 0.5, 0.0);

        // then
        assertThat(all[0]).isEqualTo(30);
        assertThat(all.length).isGreaterThan(1);
        assertThat(best).containsExactly(30);
        assertThat(bm25.matches("who is 10.0.1.115?", 20, 0.0, 0.0)).containsExactly(all);
    }

    @Test
    void should_keep_every_document_with_a_one_term_query_however_long_when_a_share_of_the_best_is_asked() {
        // given: BM25 scores the long document well under half the short one (length normalization)
        Bm25 bm25 = Bm25.index(List.of("timeout here", "timeout " + "word ".repeat(40), "nothing", "else"));
        double[] scores = bm25.scores("timeout");
        assertThat(scores[1]).isLessThan(scores[0] / 2);

        // when / then: both hold the only query term, so both match the whole query
        assertThat(bm25.matches("timeout", 20, 0.5, 0.0)).containsExactly(0, 1);
    }

    @Test
    void should_break_ties_by_document_order() {
        // given
        Bm25 bm25 = Bm25.index(List.of("alpha", "beta", "alpha", "alpha"));

        // when
        int[] top = bm25.top("alpha", 10);

        // then
        assertThat(top).containsExactly(0, 2, 3);
    }

    @Test
    void should_return_nothing_when_the_query_matches_nothing_or_is_empty() {
        Bm25 bm25 = Bm25.index(List.of("alpha", "beta"));

        assertThat(bm25.top("gamma", 10)).isEmpty();
        assertThat(bm25.top("", 10)).isEmpty();
        assertThat(Bm25.index(List.of()).top("alpha", 10)).isEmpty();
    }

    @Test
    void should_cap_results_at_the_limit() {
        Bm25 bm25 = Bm25.index(List.of("x1 error", "x2 error", "x3 error", "x4 ok"));

        assertThat(bm25.top("error", 2)).hasSize(2);
    }

    @Test
    void should_not_return_documents_that_match_only_a_common_term_when_a_rare_one_matches() {
        // given: every line mentions "ord", one line mentions the order asked about
        Bm25 bm25 = Bm25.index(List.of(
                "INFO processed ORD-1001 in 12 ms",
                "INFO processed ORD-1002 in 9 ms",
                "ERROR payment declined for ORD-1337",
                "INFO processed ORD-1003 in 11 ms",
                "INFO processed ORD-1004 in 10 ms"));

        // when
        int[] top = bm25.top("what happened to ORD-1337?", 10);

        // then
        assertThat(top).containsExactly(2);
    }

    @Test
    void should_still_rank_by_common_terms_when_the_query_has_nothing_rarer() {
        Bm25 bm25 = Bm25.index(List.of("state running", "state running", "state stopped", "state running"));

        assertThat(bm25.top("state", 10)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void should_match_a_question_in_another_inflection_than_the_documents() {
        // given: dpkg-like lines; the question says "upgraded", the log says "upgrade"
        List<String> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            docs.add("2024-03-01 10:00:" + i + " status unpacked lib" + i + ":amd64 1.0-" + i);
            docs.add("2024-03-01 10:01:" + i + " upgrade lib" + i + ":amd64 1.0-" + i + " 1.1-" + i);
        }
        Bm25 bm25 = Bm25.index(docs);

        // when
        int[] matches = bm25.matches("which packages were upgraded?", 100, 0.5, 0.0);

        // then: every upgrade line, nothing else
        assertThat(matches).hasSize(20);
        for (int i : matches) {
            assertThat(docs.get(i)).contains(" upgrade ");
        }
    }

    @Test
    void should_score_the_exact_spelling_highest_but_count_both_spellings_as_covering_the_query() {
        // given
        Bm25 bm25 = Bm25.index(List.of("packages upgrade", "packages upgraded", "nothing here", "other line"));

        // when
        double[] scores = bm25.scores("upgraded");

        // then
        assertThat(scores[1]).isGreaterThan(scores[0]);
        assertThat(scores[0]).isPositive();
        assertThat(bm25.matches("upgraded", 10, 0.9, 0.0)).containsExactly(1, 0);
    }

    @Test
    void should_match_a_file_by_base_name_or_partial_path() {
        // given
        Bm25 bm25 = Bm25.index(List.of("src/main/java/org/acme/TarFile.java", "Lib/tarfile.py", "Lib/test/test_tarfile.py",
                "Lib/zipfile.py", "src/main/java/org/acme/ZipFile.java", "Lib/shutil.py"));

        // when / then
        assertThat(bm25.matches("look at TarFile.java", 10, 0.5, 0.0)).startsWith(0);
        assertThat(bm25.matches("what about Lib/tarfile.py?", 10, 0.5, 0.0)).startsWith(1).doesNotContain(2, 3);
        assertThat(bm25.matches("acme/ZipFile.java", 10, 0.5, 0.0)).startsWith(4);
    }

    @Test
    void should_be_deterministic() {
        List<String> docs = List.of("upgraded alpha", "upgrade beta", "ORD-417 gamma", "delta ord 417");
        assertThat(Bm25.index(docs).scores("ORD-417 upgraded")).containsExactly(Bm25.index(docs).scores("ORD-417 upgraded"));
        assertThat(Bm25.index(docs).top("ORD-417", 1)).containsExactly(2);
    }

    @Test
    void should_qualify_every_holder_of_an_id_the_query_names_however_little_else_it_matches() {
        // given: the request's first line holds only its id; its last also holds the status the question asks about
        List<String> docs = List.of(
                "level=info msg=started request_id=01HF3XK9QZ path=/v1/transfers",
                "level=info msg=started request_id=01HFAAAAAA path=/v1/accounts",
                "level=info msg=finished request_id=01HF3XK9QZ status=409 conflict",
                "level=info msg=finished request_id=01HFBBBBBB status=200",
                "level=info msg=finished request_id=01HFCCCCCC status=409 conflict");
        // when
        int[] matches = Bm25.index(docs).matches("request 01HF3XK9QZ returned a conflict with status=409, why?", 10, 0.9, 0.0);
        // then: the first line qualifies beside the better ones, though it matches far less than the best
        assertThat(matches).contains(0, 2);
        assertThat(matches).doesNotContain(1, 3);
    }

    @Test
    void should_not_qualify_holders_of_a_named_term_more_documents_hold_than_the_limit() {
        List<String> docs = List.of("day 2026-12-06 a", "day 2026-12-06 b", "day 2026-12-06 c", "night 2026-12-05 alpha beta");
        // the date is in more documents than the limit: it names nothing in particular here
        assertThat(Bm25.index(docs).matches("alpha on 2026-12-06", 2, 0.9, 0.0)).containsExactly(3);
    }

    @Test
    void should_rank_the_documents_holding_a_name_the_question_gives_before_those_sharing_more_of_its_words() {
        // given: six records of failed checkouts of other orders, two records of order 7741203
        List<String> docs = List.of(
                "ERROR checkout failed for order 1000001: customer says card declined",
                "ERROR checkout failed for order 1000002: morning hour retry",
                "WARN reservation for order 7741203 expired before capture",
                "ERROR checkout failed for order 1000003: last around timeout",
                "ERROR checkout failed for order 1000004: happened this warnings",
                "ERROR checkout failed for order 1000005: errors here are",
                "ERROR checkout failed for order 7741203",
                "ERROR checkout failed for order 1000006: her that what");
        Bm25 bm25 = Bm25.index(docs, dev.headroom.compress.WorkBudget.unlimited());
        // when
        int[] best = bm25.matches("A customer says her order 7741203 failed at checkout around 10:20 this morning; here are the warnings and errors of the last hour: what happened to that order?", 2, 0.5, 0.0);
        // then: the two best are the order's records
        assertThat(best).contains(2, 6);
    }

    @Test
    void should_qualify_a_document_holding_the_name_only_inside_a_longer_identifier() {
        // given: the question spells the flag legacy_checkout; a branch name holds it as drop-legacy-checkout
        List<String> docs = List.of("* 5c0ffee Remove legacy_checkout flag", "*   e41d2a7 Merge pull request #4187 from acme/drop-legacy-checkout",
                "* 1a2b3c4 Bump lockfile", "* 9f8e7d6 Fix typo in README", "* 0a0b0c0 Add retries to shipping labels");
        // when
        int[] matches = Bm25.index(docs).matches("When was the legacy_checkout flag removed?", 5, 0.5, 0.0);
        // then
        assertThat(matches).contains(0, 1).doesNotContain(2, 3, 4);
    }

    @Test
    void should_not_take_a_name_most_documents_hold_for_a_selection() {
        // given: a diff -r of one directory names it in every header; only one header holds the question's class
        List<String> docs = List.of("diff -r lib/concurrent/Alpha.java", "diff -r lib/concurrent/Beta.java",
                "diff -r lib/concurrent/TimedLatch.java", "diff -r lib/concurrent/Gamma.java");
        // when
        int[] matches = Bm25.index(docs).matches("lib/concurrent\ndid TimedLatch change?", 4, 0.5, 0.0);
        // then
        assertThat(matches).containsExactly(2);
    }
}
