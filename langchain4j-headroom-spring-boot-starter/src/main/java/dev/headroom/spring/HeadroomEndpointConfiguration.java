package dev.headroom.spring;

import dev.headroom.Headroom;
import dev.headroom.spring.actuate.HeadroomEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code headroom} actuator endpoint, when Spring Boot Actuator is on the classpath and the endpoint is
 * exposed. The exposure condition sits on a nested class: its condition class lives in the actuator, so it
 * may only be read once the class check above has passed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
class HeadroomEndpointConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnAvailableEndpoint(endpoint = HeadroomEndpoint.class)
    static class Exposed {

        @Bean
        @ConditionalOnMissingBean
        HeadroomEndpoint headroomEndpoint(Headroom headroom) {
            return new HeadroomEndpoint(headroom);
        }
    }
}
