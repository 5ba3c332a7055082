package dev.headroom.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.spring.HeadroomAutoConfiguration;
import dev.headroom.spring.metrics.MicrometerStatsCounter;
import dev.headroom.spring.redis.RedisCompressionStore;
import dev.langchain4j.model.chat.ChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter's auto-configuration beside Spring Boot 4.0's own, by their Boot 4 class names: ordering (the
 * meters and the Redis store need Boot's beans to exist first), back-off, the on/off switch, include/exclude.
 */
class Boot4AutoConfigurationTest {

    /** Headroom first in the list: only its declared ordering puts it after Boot's metrics and Redis. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class, DataRedisAutoConfiguration.class,
                    MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class))
            .withBean("opsModel", ScriptedOpsModel.class, ScriptedOpsModel::new);

    @Test
    void should_publish_meters_when_boot_4_metrics_auto_configuration_provides_the_registry() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MeterRegistry.class).hasSingleBean(MicrometerStatsCounter.class);
            assertThat(AopUtils.isCglibProxy(context.getBean(ChatModel.class))).isTrue();
        });
    }

    @Test
    void should_build_the_redis_store_on_boot_4_redis_auto_configuration_when_store_type_is_redis() {
        runner.withPropertyValues("langchain4j.headroom.store.type=redis", "langchain4j.headroom.store.redis.key-prefix=boot4:")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(RedisCompressionStore.class);
                    assertThat(context.getBean(Headroom.class).store()).isSameAs(context.getBean(RedisCompressionStore.class));
                });
    }

    @Test
    void should_not_publish_meters_when_micrometer_is_absent() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class))
                .withBean("opsModel", ScriptedOpsModel.class, ScriptedOpsModel::new)
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerStatsCounter.class)
                        .hasSingleBean(Headroom.class));
    }

    @Test
    void should_leave_the_model_alone_when_disabled() {
        runner.withPropertyValues("langchain4j.headroom.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(Headroom.class);
            assertThat(AopUtils.isAopProxy(context.getBean(ChatModel.class))).isFalse();
        });
    }

    @Test
    void should_leave_an_excluded_model_alone() {
        runner.withPropertyValues("langchain4j.headroom.exclude=opsModel").run(context -> {
            assertThat(context).hasSingleBean(Headroom.class);
            ChatModel model = context.getBean(ChatModel.class);
            assertThat(AopUtils.isAopProxy(model)).isFalse();
            assertThat(model).isNotInstanceOf(HeadroomChatModel.class);
        });
    }

    @Test
    void should_back_off_when_the_application_declares_its_own_engine() {
        Headroom own = Headroom.create();
        runner.withBean(Headroom.class, () -> own).run(context -> assertThat(context.getBean(Headroom.class)).isSameAs(own));
    }
}
