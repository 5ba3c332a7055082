package dev.headroom.langchain4j;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.service.TokenStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The AI service interfaces and tools the AiServices tests use: a shop whose order search returns a big JSON array. */
final class Shop {

    private Shop() {}

    interface Assistant {
        String chat(String message);
    }

    interface StreamingAssistant {
        TokenStream chat(String message);
    }

    static final class Tools {
        final List<String> executed = new CopyOnWriteArrayList<>();
        final String orders;

        Tools(String orders) {
            this.orders = orders;
        }

        @Tool("Searches the orders of a customer")
        String search_orders(String customer) {
            executed.add("search_orders");
            return orders;
        }

        @Tool("Weather in a city")
        String get_weather(String city) {
            executed.add("get_weather");
            return "sunny in " + city;
        }
    }
}
