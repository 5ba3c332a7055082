package dev.headroom.spring;

import dev.headroom.Headroom;
import dev.headroom.spring.metrics.MicrometerStatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
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

    /**
     * The {@code headroom.mode} gauge, registered once every singleton exists, from the engine's configuration (a
     * {@code HeadroomCustomizer} may have set the mode, so not from the properties).
     */
    @Bean
    SmartInitializingSingleton headroomModeGauge(MeterRegistry registry, ObjectProvider<Headroom> headroom) {
        return () -> headroom.ifAvailable(h -> MicrometerStatsCounter.registerMode(registry, h.config().mode()));
    }
}
