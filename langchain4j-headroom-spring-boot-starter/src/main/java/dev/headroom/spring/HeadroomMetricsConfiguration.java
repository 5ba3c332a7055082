package dev.headroom.spring;

import dev.headroom.spring.metrics.MicrometerStatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Micrometer meters for Headroom, when Micrometer is on the classpath and a {@link MeterRegistry} bean exists. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
class HeadroomMetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MicrometerStatsCounter headroomMicrometerStatsCounter(MeterRegistry registry) {
        return new MicrometerStatsCounter(registry);
    }
}
