package dev.headroom.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.ConversationBudget;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.CompressionSettings.Preset;
import dev.headroom.cost.ModelPrice;
import dev.headroom.cost.PriceTable;
import dev.headroom.spring.actuate.HeadroomEndpoint;
import dev.headroom.spring.metrics.MicrometerStatsCounter;
import dev.headroom.spring.redis.RedisCompressionStore;
import dev.headroom.tokens.TokenCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.connection.RedisConnectionFactory;

class HeadroomAutoConfigurationTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class));

    @Test
    void should_create_headroom_with_library_defaults_when_no_property_is_set() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(Headroom.class).hasSingleBean(HeadroomProperties.class);
            Headroom headroom = context.getBean(Headroom.class);
            assertThat(headroom.config()).isEqualTo(HeadroomConfig.defaults());
            assertThat(headroom.store()).isSameAs(context.getBean(CompressionStore.class));
            CaffeineCompressionStore store = context.getBean(CaffeineCompressionStore.class);
            assertThat(store.maximumBytes()).isEqualTo(CaffeineCompressionStore.Builder.DEFAULT_MAXIMUM_BYTES);
            assertThat(store.expireAfterAccess()).isEqualTo(CaffeineCompressionStore.Builder.DEFAULT_EXPIRE_AFTER_ACCESS);
        });
    }

    @Test
    void should_bind_every_property_when_set() {
        contextRunner.withPropertyValues(
                        "langchain4j.headroom.preset=aggressive",
                        "langchain4j.headroom.min-tokens=100",
                        "langchain4j.headroom.max-items=5",
                        "langchain4j.headroom.max-lines=12",
                        "langchain4j.headroom.min-savings=0.25",
                        "langchain4j.headroom.code-outline=true",
                        "langchain4j.headroom.text-selection=true",
                        "langchain4j.headroom.max-result-tokens=9000",
                        "langchain4j.headroom.max-retrieval-rounds=1",
                        "langchain4j.headroom.max-retrieved-units=9",
                        "langchain4j.headroom.retrieve-tool-enabled=false",
                        "langchain4j.headroom.memo-maximum-size=2MB",
                        "langchain4j.headroom.max-input-chars=1000000",
                        "langchain4j.headroom.work-budget-base=5000",
                        "langchain4j.headroom.work-budget-per-char=7",
                        "langchain4j.headroom.tools.read_file.enabled=false",
                        "langchain4j.headroom.tools.search_logs.preset=conservative",
                        "langchain4j.headroom.tools.search_logs.max-lines=120",
                        "langchain4j.headroom.tools.read_file.max-result-tokens=30000",
                        "langchain4j.headroom.tools.fetch_page.max-result-tokens=0",
                        "langchain4j.headroom.store.maximum-size=10MB",
                        "langchain4j.headroom.store.expire-after-access=15m")
                .run(context -> {
                    HeadroomConfig config = context.getBean(Headroom.class).config();
                    CompressionSettings defaults = CompressionSettings.builder().preset(Preset.AGGRESSIVE)
                            .minTokens(100).maxItems(5).maxLines(12).minSavings(0.25).codeOutline(true).textSelection(true)
                            .maxResultTokens(9_000).build();
                    assertThat(config).isEqualTo(HeadroomConfig.builder()
                            .defaults(defaults)
                            .maxRetrievalRounds(1)
                            .maxRetrievedUnits(9)
                            .retrieveToolEnabled(false)
                            .memoMaximumBytes(2L * 1024 * 1024)
                            .maxInputChars(1_000_000)
                            .workBudget(5_000, 7)
                            .tool("read_file", defaults.toBuilder().enabled(false).maxResultTokens(30_000).build())
                            .tool("fetch_page", defaults.toBuilder().maxResultTokens(CompressionSettings.NO_CEILING).build())
                            .tool("search_logs", defaults.toBuilder().preset(Preset.CONSERVATIVE).maxLines(120).build())
                            .build());
                    CaffeineCompressionStore store = context.getBean(CaffeineCompressionStore.class);
                    assertThat(store.maximumBytes()).isEqualTo(10L * 1024 * 1024);
                    assertThat(store.expireAfterAccess()).isEqualTo(Duration.ofMinutes(15));
                });
    }

    @Test
    void should_bind_the_budget_properties_when_set() {
        contextRunner.withPropertyValues(
                        "langchain4j.headroom.budget.enabled=true",
                        "langchain4j.headroom.budget.trigger-tokens=80000",
                        "langchain4j.headroom.budget.keep-last=5",
                        "langchain4j.headroom.budget.min-batch-tokens=16000",
                        "langchain4j.headroom.budget.excluded-tools=read_plan,ask_user")
                .run(context -> assertThat(context.getBean(Headroom.class).config().conversationBudget()).isEqualTo(
                        ConversationBudget.builder().triggerTokens(80_000).keepLast(5).minBatchTokens(16_000)
                                .excludeTools("ask_user", "read_plan").build()));
    }

    @Test
    void should_bind_the_price_properties_including_names_with_dots() {
        contextRunner.withPropertyValues(
                        "langchain4j.headroom.prices.as-of=2026-01-15",
                        "langchain4j.headroom.prices.models[gpt-4.1].input=1.80",
                        "langchain4j.headroom.prices.models[gpt-4.1].cached-input=0.45",
                        "langchain4j.headroom.prices.models[gpt-4.1].output=7.20")
                .run(context -> {
                    PriceTable prices = context.getBean(Headroom.class).prices();
                    assertThat(prices.asOf()).isEqualTo(LocalDate.of(2026, 1, 15));
                    assertThat(prices.priceOf("gpt-4.1-2025-04-14")).hasValue(ModelPrice.usdPerMillion(1.80, 0.45, 1.80, 7.20));
                });
        contextRunner.withPropertyValues("langchain4j.headroom.prices.models.my-model.input=1")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("prices.as-of"));
    }

    @Test
    void should_take_a_price_table_bean_over_the_properties() {
        PriceTable own = PriceTable.none(LocalDate.of(2026, 2, 1));
        contextRunner.withBean(PriceTable.class, () -> own)
                .withPropertyValues("langchain4j.headroom.prices.as-of=2026-01-15")
                .run(context -> assertThat(context.getBean(Headroom.class).prices()).isSameAs(own));
    }

    @Test
    void should_fail_with_the_field_name_when_a_property_is_invalid() {
        contextRunner.withPropertyValues("langchain4j.headroom.budget.enabled=true", "langchain4j.headroom.budget.keep-last=-1")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("keepLast"));
        contextRunner.withPropertyValues("langchain4j.headroom.budget.enabled=true",
                        "langchain4j.headroom.retrieve-tool-enabled=false")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("conversationBudget needs retrieveToolEnabled"));
        contextRunner.withPropertyValues("langchain4j.headroom.max-items=0")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("maxItems"));
        contextRunner.withPropertyValues("langchain4j.headroom.tools.read_file.max-result-tokens=-1")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("maxResultTokens"));
    }

    @Test
    void should_back_off_when_the_application_declares_its_own_headroom() {
        contextRunner.withUserConfiguration(OwnHeadroomConfiguration.class).run(context -> {
            assertThat(context).hasSingleBean(Headroom.class);
            assertThat(context.getBean(Headroom.class)).isSameAs(context.getBean(OwnHeadroomConfiguration.class).headroom);
        });
    }

    @Test
    void should_use_the_application_store_when_it_declares_one() {
        contextRunner.withUserConfiguration(OwnStoreConfiguration.class).run(context -> {
            assertThat(context).hasSingleBean(CompressionStore.class).doesNotHaveBean(CaffeineCompressionStore.class);
            assertThat(context.getBean(Headroom.class).store()).isInstanceOf(MapStore.class);
        });
    }

    @Test
    void should_fail_startup_when_two_stores_are_declared() {
        contextRunner.withUserConfiguration(OwnStoreConfiguration.class)
                .withBean("secondStore", MapStore.class, MapStore::new)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(NoUniqueBeanDefinitionException.class)
                        .hasMessageContaining("CompressionStore"));
    }

    @Test
    void should_apply_customizers_in_order_after_the_properties() {
        contextRunner.withUserConfiguration(CustomizerConfiguration.class)
                .withPropertyValues("langchain4j.headroom.max-retrieval-rounds=5")
                .run(context -> {
                    Headroom headroom = context.getBean(Headroom.class);
                    assertThat(headroom.config().maxRetrievalRounds()).isEqualTo(7);
                    assertThat(headroom.config().settingsFor("secret_tool").enabled()).isFalse();
                    assertThat(headroom.tokenCounter().count("abcd")).isEqualTo(42);
                });
    }

    @Test
    void should_use_application_compressors_and_token_counter_when_declared() {
        contextRunner.withBean(TruncatingCompressor.class, () -> new TruncatingCompressor(3))
                .withBean(TokenCounter.class, () -> text -> text.length())
                .run(context -> {
                    Headroom headroom = context.getBean(Headroom.class);
                    String json = TruncatingCompressor.jsonArray(400);
                    CompressionOutcome outcome = headroom.compress(json, CompressionContext.builder().toolName("list").build());
                    assertThat(outcome.lossy()).isTrue();
                    assertThat(outcome.text()).contains("headroom_retrieve", outcome.handle());
                    assertThat(headroom.store().get(outcome.handle())).contains(json);
                    assertThat(headroom.stats().total().tokensBefore()).isEqualTo(json.length());
                });
    }

    @Test
    void should_create_no_bean_when_disabled() {
        contextRunner.withPropertyValues("langchain4j.headroom.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(Headroom.class)
                .doesNotHaveBean(HeadroomProperties.class)
                .doesNotHaveBean(CompressionStore.class));
    }

    @Test
    void should_record_micrometer_meters_when_a_registry_exists() {
        contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(TruncatingCompressor.class, () -> new TruncatingCompressor(3))
                .run(context -> {
                    assertThat(context).hasSingleBean(MicrometerStatsCounter.class);
                    Headroom headroom = context.getBean(Headroom.class);
                    headroom.compress(TruncatingCompressor.jsonArray(400), CompressionContext.builder().toolName("list").build());
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get(MicrometerStatsCounter.RESULTS).tag("tool", "list").tag("kind", "json")
                            .tag("result", "lossy").counter().count()).isEqualTo(1.0);
                    assertThat(registry.get(MicrometerStatsCounter.TOKENS_SAVED).tag("stage", "lossy").counter().count())
                            .isPositive();
                });
    }

    @Test
    void should_create_no_meters_when_no_registry_exists() {
        contextRunner.run(context -> assertThat(context).hasSingleBean(Headroom.class)
                .doesNotHaveBean(MicrometerStatsCounter.class));
    }

    @Test
    void should_start_without_meters_when_micrometer_is_not_on_the_classpath() {
        contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Headroom.class)
                        .doesNotHaveBean(MicrometerStatsCounter.class));
    }

    @Test
    void should_expose_the_endpoint_only_when_it_is_exposed() {
        contextRunner.run(context -> assertThat(context).doesNotHaveBean(HeadroomEndpoint.class));
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=headroom")
                .run(context -> assertThat(context).hasSingleBean(HeadroomEndpoint.class));
    }

    @Test
    void should_start_without_the_endpoint_when_actuator_is_not_on_the_classpath() {
        contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                .withPropertyValues("management.endpoints.web.exposure.include=headroom")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HeadroomEndpoint.class));
    }

    @Test
    void should_create_the_redis_store_when_selected() {
        contextRunner.withConfiguration(AutoConfigurations.of(RedisAutoConfiguration.class))
                .withPropertyValues("langchain4j.headroom.store.type=redis",
                        "langchain4j.headroom.store.redis.key-prefix=app1:",
                        "langchain4j.headroom.store.redis.maximum-value-size=1MB",
                        "langchain4j.headroom.store.expire-after-access=10m")
                .run(context -> {
                    assertThat(context).hasSingleBean(RedisCompressionStore.class).doesNotHaveBean(CaffeineCompressionStore.class);
                    RedisCompressionStore store = context.getBean(RedisCompressionStore.class);
                    assertThat(store.keyPrefix()).isEqualTo("app1:");
                    assertThat(store.maximumValueBytes()).isEqualTo(1024 * 1024);
                    assertThat(store.expireAfterAccess()).isEqualTo(Duration.ofMinutes(10));
                    assertThat(context.getBean(Headroom.class).store()).isSameAs(store);
                    assertThat(context).hasSingleBean(RedisConnectionFactory.class);
                });
    }

    @Test
    void should_not_create_the_redis_store_when_not_selected() {
        contextRunner.withConfiguration(AutoConfigurations.of(RedisAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(RedisCompressionStore.class)
                        .hasSingleBean(CaffeineCompressionStore.class));
    }

    @Test
    void should_fail_with_a_clear_message_when_redis_is_selected_but_not_on_the_classpath() {
        contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis", "io.lettuce"))
                .withPropertyValues("langchain4j.headroom.store.type=redis")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("langchain4j.headroom.store.type=redis")
                        .hasMessageContaining("spring-boot-starter-data-redis"));
    }

    @Test
    void should_use_the_caffeine_store_when_redis_is_not_on_the_classpath() {
        contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis", "io.lettuce"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(CaffeineCompressionStore.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnHeadroomConfiguration {
        final Headroom headroom = Headroom.create();

        @Bean
        Headroom myHeadroom() {
            return headroom;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnStoreConfiguration {
        @Bean
        MapStore myStore() {
            return new MapStore();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerConfiguration {
        @Bean
        @Order(2)
        HeadroomCustomizer second() {
            return new HeadroomCustomizer() {
                @Override
                public void customize(Headroom.Builder builder) {
                    builder.tokenCounter(text -> 42);
                }

                @Override
                public void customizeConfig(HeadroomConfig.Builder config) {
                    config.maxRetrievalRounds(7);
                }
            };
        }

        @Bean
        @Order(1)
        HeadroomCustomizer first() {
            return new HeadroomCustomizer() {
                @Override
                public void customize(Headroom.Builder builder) {
                    builder.tokenCounter(text -> 1);
                }

                @Override
                public void customizeConfig(HeadroomConfig.Builder config) {
                    config.maxRetrievalRounds(6).tool("secret_tool", CompressionSettings.disabled());
                }
            };
        }
    }

    static final class MapStore implements CompressionStore {
        private final Map<String, String> map = new ConcurrentHashMap<>();

        @Override
        public boolean put(String handle, String original) {
            map.put(handle, original);
            return true;
        }

        @Override
        public Optional<String> get(String handle) {
            return Optional.ofNullable(map.get(handle));
        }
    }
}
