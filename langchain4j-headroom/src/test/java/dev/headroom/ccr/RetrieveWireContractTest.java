package dev.headroom.ccr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Corpus;
import dev.headroom.compress.Disclosure;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code headroom_retrieve} wire contract has one owner ({@link RetrieveTool}): the tool specification, the
 * markers every built-in compressor emits and the marker parser must agree.
 */
class RetrieveWireContractTest {


    @Test
    void should_specify_the_tool_with_the_contract_names() {
        ToolSpecification spec = RetrieveTool.specification();
        JsonObjectSchema parameters = spec.parameters();

        assertThat(spec.name()).isEqualTo(RetrieveTool.NAME).isEqualTo(Disclosure.TOOL_NAME).isEqualTo("headroom_retrieve");
        assertThat(parameters.properties()).containsOnlyKeys(RetrieveTool.HASH, RetrieveTool.QUERY);
        assertThat(parameters.required()).containsExactly(RetrieveTool.HASH);
        assertThat(RetrieveTool.parseArguments("{\"" + RetrieveTool.HASH + "\":\"ab12\",\"" + RetrieveTool.QUERY + "\":\"x\"}"))
                .isEqualTo(new RetrieveTool.Arguments("ab12", "x"));
    }

    @Test
    void should_produce_exactly_the_disclosure_example_of_its_javadoc() {
        assertThat(Disclosure.line(1950, 2000, "lines", "routine INFO lines", "ab12cd34")).isEqualTo(
                "[headroom: 1950 of 2000 lines omitted (routine INFO lines). Call headroom_retrieve with hash=ab12cd34"
                        + " for the original, or add query=\"...\" for only the matching lines]");
        assertThat(RetrieveTool.handlesIn(Disclosure.line(1, 2, "lines", null, "ab12cd34"))).containsExactly("ab12cd34");
    }

    @Test
    void should_read_back_the_handle_of_every_marker_the_compressors_emit() throws IOException {
        // given: every corpus file and a made-up log, compressed aggressively so each kind omits something
        List<String> inputs = new ArrayList<>();
        for (Path f : Corpus.files()) { // none on a fresh clone: then the made-up log below only
            inputs.add(Files.readString(f));
        }
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            log.append("2024-05-01T10:00:").append(i % 60).append(" INFO request ").append(i).append(" served in 12ms\n");
        }
        inputs.add(log.toString());
        Headroom headroom = Headroom.create();

        // when / then
        int lossy = 0;
        for (String input : inputs) {
            CompressionOutcome outcome = headroom.compress(input, CompressionContext.builder().toolName("t").build());
            if (outcome.lossy()) {
                lossy++;
                assertThat(RetrieveTool.handlesIn(outcome.text())).as(outcome.strategy())
                        .isNotEmpty()
                        .allMatch(outcome.handle()::equals);
            } else {
                // nothing added: a marker in the output was already in the tool result (a document about markers)
                assertThat(RetrieveTool.handlesIn(outcome.text())).as(outcome.strategy())
                        .isEqualTo(RetrieveTool.handlesIn(input));
            }
        }
        assertThat(lossy).isPositive();
    }
}
