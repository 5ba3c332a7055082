package dev.headroom.spring.e2e;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.spring.AiService;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

/** A minimal application as users write it: one provider starter, an {@code @AiService} and a {@code @Tool} bean. */
@SpringBootApplication
public class OpsApplication {

    /** Wired AUTOMATICALLY by langchain4j-spring: the single ChatModel bean and every {@code @Tool} bean. */
    @AiService
    public interface OpsAssistant {
        String chat(String question);
    }

    /** The same assistant, streaming: wired to the single StreamingChatModel bean. */
    @AiService
    public interface OpsStreamingAssistant {
        TokenStream stream(String question);
    }

    /** A tool whose output is large: the last 2,000 lines of a service's log. */
    @Component
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
