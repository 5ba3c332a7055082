/**
 * {@link dev.headroom.spring.redis.RedisCompressionStore}: originals in Redis through Spring Data Redis, shared
 * by every instance of an application; selected with {@code langchain4j.headroom.store.type=redis}.
 */
package dev.headroom.spring.redis;
