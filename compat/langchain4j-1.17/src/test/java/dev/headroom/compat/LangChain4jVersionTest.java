package dev.headroom.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.langchain4j.HeadroomChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import org.junit.jupiter.api.Test;

/** The core's tests in this module really run on LangChain4j 1.17.x, with the core jar built against 1.19.0. */
class LangChain4jVersionTest {

    @Test
    void should_load_langchain4j_1_17_beside_the_core_built_for_1_19() {
        assertThat(jarOf(ChatModel.class)).contains("langchain4j-core-" + System.getProperty("compat.langchain4j.version", "1.17."));
        assertThat(jarOf(AiServices.class)).contains("/langchain4j-1.17.");
        assertThat(jarOf(HeadroomChatModel.class)).containsAnyOf("langchain4j-headroom/target/classes", "langchain4j-headroom-0.1");
    }

    private static String jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }
}
