package dev.headroom.spring;

import dev.headroom.spring.observation.ObservationStepObserver;
import dev.headroom.stats.StepObserver;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer Observations of Headroom's steps (spans for compression and hidden retrieval rounds), when
 * micrometer-observation is on the classpath and an {@link ObservationRegistry} bean exists (Spring Boot's actuator
 * declares one).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
class HeadroomObservationConfiguration {

    @Bean
    @ConditionalOnMissingBean(StepObserver.class)
    ObservationStepObserver headroomStepObserver(ObservationRegistry registry) {
        return new ObservationStepObserver(registry);
    }
}
