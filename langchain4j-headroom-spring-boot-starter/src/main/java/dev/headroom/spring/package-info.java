/**
 * Spring Boot 3.5 auto-configuration of Headroom. {@link dev.headroom.spring.HeadroomAutoConfiguration} builds
 * one shared {@code Headroom} engine from {@link dev.headroom.spring.HeadroomProperties}
 * ({@code langchain4j.headroom.*}) and wraps every {@code ChatModel} and {@code StreamingChatModel} bean under
 * its own name; {@link dev.headroom.spring.HeadroomCustomizer} tunes the engine without replacing it.
 *
 * <p>Public: the auto-configuration, the properties and the customizer. Package-private: the per-integration
 * configurations (Redis store, Micrometer, actuator endpoint), each guarded by {@code @ConditionalOnClass}, and
 * the wrapping machinery ({@code HeadroomModelPostProcessor}, {@code HeadroomModelProxies}, whose class comment
 * records why wrapped beans keep their concrete type).
 */
package dev.headroom.spring;
