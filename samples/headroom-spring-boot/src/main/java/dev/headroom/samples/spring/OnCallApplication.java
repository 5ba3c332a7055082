package dev.headroom.samples.spring;

import dev.headroom.samples.agent.OfflineOnCallModel;
import dev.headroom.samples.agent.OnCallTools;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The on-call assistant as a Spring Boot web app. Nothing here mentions Headroom: the
 * {@code langchain4j-headroom-spring-boot-starter} on the classpath wraps the {@link ChatModel} bean, whichever
 * it is (OpenAI's from its starter, or the offline stand-in below), and publishes what it saved at
 * {@code /actuator/headroom} and {@code /actuator/metrics/headroom.*}.
 */
@SpringBootApplication
// the same tools as the plain Java sample; imported rather than returned from a @Bean method, because
// @AiService finds @Tool methods through the bean definition's class name, which a factory method leaves empty
@Import(OnCallTools.class)
public class OnCallApplication {

    public static void main(String[] args) {
        SpringApplication.run(OnCallApplication.class, args);
    }

    /** One window of messages per conversation id, so each conversation's history and handles stay its own. */
    @Bean
    ChatMemoryProvider chatMemoryProvider() {
        return conversation -> MessageWindowChatMemory.builder().id(conversation).maxMessages(100).build();
    }

    /**
     * The offline stand-in, when no OpenAI key is configured (the OpenAI starter then declares no model). Set
     * {@code langchain4j.open-ai.chat-model.api-key} (e.g. {@code LANGCHAIN4J_OPEN_AI_CHAT_MODEL_API_KEY}) to use OpenAI.
     */
    @Bean
    @ConditionalOnExpression("'${langchain4j.open-ai.chat-model.api-key:}'.isEmpty()")
    ChatModel offlineOnCallModel() {
        return new OfflineOnCallModel();
    }
}
