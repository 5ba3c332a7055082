package dev.headroom.spring;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.compress.Compressor;
import dev.headroom.cost.PriceTable;
import dev.headroom.spring.HeadroomProperties.StoreType;
import dev.headroom.stats.StatsCounter;
import dev.headroom.stats.StepObserver;
import dev.headroom.tokens.TokenCounter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of Headroom: one shared {@link Headroom} engine built from {@link HeadroomProperties},
 * its {@link CompressionStore} (in-process Caffeine, or Redis with
 * {@code langchain4j.headroom.store.type=redis}), its price table ({@code langchain4j.headroom.prices.*}, or a
 * {@link PriceTable} bean), Micrometer meters and observations (spans) and the {@code headroom} actuator
 * endpoint when those are on the classpath, and a post-processor that wraps every {@code ChatModel} and
 * {@code StreamingChatModel} bean.
 *
 * <p>Every bean backs off when the application declares its own ({@code @ConditionalOnMissingBean});
 * {@code langchain4j.headroom.enabled=false} switches all of it off and leaves the model beans untouched.
 * Ordered after the Redis and metrics auto-configurations (by their Spring Boot 3.5 and 4.0 names) so their beans
 * are visible to the conditions here. One artifact serves Spring Boot 3.5 and 4.0.
 */
@AutoConfiguration(afterName = {
        // Spring Boot 3.5
        "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        // Spring Boot 4.0: the same auto-configurations, moved to their own modules (spring-boot-data-redis,
        // spring-boot-micrometer-metrics); a name that is not on the classpath is ignored
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass(Headroom.class)
@ConditionalOnBooleanProperty(name = HeadroomProperties.PREFIX + ".enabled", matchIfMissing = true)
@EnableConfigurationProperties(HeadroomProperties.class)
@Import({HeadroomRedisStoreConfiguration.class, HeadroomMetricsConfiguration.class, HeadroomObservationConfiguration.class,
        HeadroomEndpointConfiguration.class})
public class HeadroomAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Headroom headroom(HeadroomProperties properties,
                             ObjectProvider<CompressionStore> store,
                             ObjectProvider<StatsCounter> statsCounters,
                             ObjectProvider<TokenCounter> tokenCounter,
                             ObjectProvider<Compressor> compressors,
                             ObjectProvider<PriceTable> priceTable,
                             ObjectProvider<StepObserver> stepObserver,
                             ObjectProvider<HeadroomCustomizer> customizers) {
        HeadroomConfig.Builder config = properties.toConfig().toBuilder();
        customizers.orderedStream().forEach(c -> c.customizeConfig(config));
        Headroom.Builder builder = Headroom.builder().config(config.build());

        CompressionStore compressionStore = store.getIfAvailable(); // several candidates fail here, not silently
        if (compressionStore == null && properties.getStore().getType() == StoreType.REDIS) {
            throw new IllegalStateException(HeadroomProperties.PREFIX + ".store.type=redis needs spring-data-redis and a"
                    + " Redis client on the classpath (spring-boot-starter-data-redis) and one RedisConnectionFactory bean;"
                    + " none is available");
        }
        if (compressionStore != null) {
            builder.store(compressionStore);
        }
        List<StatsCounter> counters = statsCounters.orderedStream().toList();
        if (!counters.isEmpty()) {
            builder.statsCounter(counters.size() == 1 ? counters.get(0) : StatsCounter.composite(counters.toArray(StatsCounter[]::new)));
        }
        tokenCounter.ifAvailable(builder::tokenCounter);
        // a PriceTable bean wins over the properties
        PriceTable prices = priceTable.getIfAvailable();
        builder.prices(prices != null ? prices : properties.getPrices().toPriceTable());
        compressors.orderedStream().forEach(builder::compressor);
        StepObserver observer = stepObserver.getIfAvailable(); // several candidates fail here, not silently
        if (observer != null) {
            builder.stepObserver(observer);
        }
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    /**
     * Static, so that registering it early does not instantiate this configuration; its collaborators
     * resolve on the first model bean.
     */
    @Bean
    @ConditionalOnMissingBean
    static HeadroomModelPostProcessor headroomModelPostProcessor(ObjectProvider<Headroom> headroom,
                                                                 ObjectProvider<HeadroomProperties> properties) {
        return new HeadroomModelPostProcessor(headroom, properties);
    }

    @Bean
    @ConditionalOnMissingBean(CompressionStore.class)
    @ConditionalOnProperty(name = HeadroomProperties.PREFIX + ".store.type", havingValue = "caffeine", matchIfMissing = true)
    public CaffeineCompressionStore headroomCompressionStore(HeadroomProperties properties) {
        HeadroomProperties.Store store = properties.getStore();
        return CaffeineCompressionStore.builder()
                .maximumBytes(store.getMaximumSize().toBytes())
                .expireAfterAccess(store.getExpireAfterAccess())
                .build();
    }
}
