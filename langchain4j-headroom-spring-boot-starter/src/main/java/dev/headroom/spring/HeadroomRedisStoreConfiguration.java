package dev.headroom.spring;

import dev.headroom.ccr.CompressionStore;
import dev.headroom.spring.redis.RedisCompressionStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis store, selected by {@code langchain4j.headroom.store.type=redis}. It talks through its own
 * {@link StringRedisTemplate} over the application's {@link RedisConnectionFactory} (Spring Boot's, configured
 * with {@code spring.data.redis.*}), so a customized template of the application cannot change the format.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({StringRedisTemplate.class, RedisConnectionFactory.class})
@ConditionalOnProperty(name = HeadroomProperties.PREFIX + ".store.type", havingValue = "redis")
class HeadroomRedisStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean(CompressionStore.class)
    @ConditionalOnSingleCandidate(RedisConnectionFactory.class)
    RedisCompressionStore headroomCompressionStore(HeadroomProperties properties, RedisConnectionFactory connectionFactory) {
        HeadroomProperties.Store store = properties.getStore();
        HeadroomProperties.Redis redis = store.getRedis();
        return RedisCompressionStore.builder()
                .redis(new StringRedisTemplate(connectionFactory))
                .keyPrefix(redis.getKeyPrefix())
                .expireAfterAccess(store.getExpireAfterAccess())
                .maximumValueBytes(redis.getMaximumValueSize().toBytes())
                .outageBackoff(redis.getOutageBackoff())
                .build();
    }
}
