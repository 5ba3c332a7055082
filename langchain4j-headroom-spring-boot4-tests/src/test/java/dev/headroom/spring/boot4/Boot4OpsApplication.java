package dev.headroom.spring.boot4;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 4 application as users write it without a LangChain4j Boot 4 starter: the provider model is a
 * bean, the AI service is built with {@link AiServices} from the {@code ChatModel} bean, and the Headroom
 * starter is only a dependency. The model is a scripted stand-in at the provider seam ({@link ScriptedOpsModel}).
 */
@SpringBootApplication
public class Boot4OpsApplication {

    public interface OpsAssistant {
        String chat(String question);
    }

    @Bean
    ScriptedOpsModel opsModel() {
        return new ScriptedOpsModel();
    }

    @Bean
    LogTools logTools() {
        return new LogTools();
    }

    /** Takes the {@code ChatModel} bean, which the starter has wrapped by the time it is injected. */
    @Bean
    OpsAssistant opsAssistant(ChatModel chatModel, LogTools tools) {
        return AiServices.builder(OpsAssistant.class).chatModel(chatModel).tools(tools).build();
    }

    /** A tool whose output is large: the last 2,000 lines of a service's log, one of them the failure. */
    public static class LogTools {

        public static final String FAILED_ORDER = "ORD-1337";

        @Tool("Returns the recent log lines of a service")
        public String fetchLogs(String service) {
            return logs(service, 2_000);
        }

        public static String logs(String service, int lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < lines; i++) {
                String time = String.format("2026-11-25T10:%02d:%02d.%03dZ", (i / 60) % 60, i % 60, (i * 37) % 1000);
                if (i == 1_234) {
                    sb.append(time).append(" ERROR [worker-3] ").append(service)
                            .append(".PaymentGateway - payment failed for ").append(FAILED_ORDER).append(": card declined (code 51)\n");
                } else {
                    sb.append(time).append(" INFO  [worker-").append(i % 8).append("] ").append(service)
                            .append(".OrderService - processed order ORD-").append(10_000 + i).append(" in ")
                            .append(5 + (i * 13) % 90).append(" ms\n");
                }
            }
            return sb.toString();
        }
    }
}
