package dev.headroom.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.ContentKind;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.spring.e2e.OpsApplication;
import dev.headroom.stats.RetrievalOutcome;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core compiles against the Jackson its own pom declares, but Boot 3.5's dependency management gives
 * applications Jackson 2.19. This module's test classpath is Boot's, so here the built-in compressors run on
 * 2.19: an API the core used from a later Jackson would throw {@code NoSuchMethodError}, which the engine turns
 * into a silent fail-open. So these tests assert real compression and zero fail-open events.
 */
class CoreOnBootJacksonTest {

    @Test
    void should_run_on_the_jackson_that_spring_boot_manages() {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.19.");
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).startsWith("2.19.");
    }

    static Stream<Arguments> largeToolResults() {
        StringBuilder envelope = new StringBuilder("{\"total\": 1592, \"page\": 1, \"items\": [");
        for (int i = 0; i < 400; i++) {
            envelope.append(i == 0 ? "" : ",").append("{\"id\": \"inst-").append(i).append("\", \"state\": \"")
                    .append(i == 217 ? "error" : "running").append("\", \"cpu\": ").append(i % 17 == 0 ? 97.25 : 1.5 + i % 5)
                    .append(", \"zone\": \"eu-west-").append(1 + i % 3).append("\"}");
        }
        envelope.append("]}");
        return Stream.of(
                Arguments.of("json array", ContentKind.JSON, TruncatingCompressor.jsonArray(500), "ERROR disk"),
                Arguments.of("json envelope", ContentKind.JSON, envelope.toString(), "inst-217 error"),
                Arguments.of("log", ContentKind.LOG, OpsApplication.LogTools.logs("payments", 2_000), "ORD-1337"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largeToolResults")
    void should_compress_and_retrieve_without_failing_open_when_on_boot_jackson(String name, ContentKind kind, String content,
                                                                                 String query) {
        // given
        Headroom headroom = Headroom.create();

        // when
        CompressionOutcome outcome = headroom.compress(content, CompressionContext.builder().toolName("tool").build());

        // then
        assertThat(headroom.stats().failOpen()).isZero();
        assertThat(outcome.kind()).isEqualTo(kind);
        assertThat(outcome.text().length()).isLessThan(content.length());
        if (outcome.lossy()) {
            Retrieval retrieval = headroom.retriever().retrieve(outcome.handle(), query, Set.of(outcome.handle()));
            assertThat(retrieval.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
            assertThat(headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle())).text()).isEqualTo(content);
        }
    }

    @Test
    void should_parse_retrieve_arguments_when_on_boot_jackson() {
        RetrieveTool.Arguments arguments = RetrieveTool.parseArguments("{\"hash\":\"abc\",\"query\":\"ORD-1337 error\"}");
        assertThat(arguments.hash()).isEqualTo("abc");
        assertThat(arguments.query()).isEqualTo("ORD-1337 error");
    }
}
