/** {@link dev.headroom.spring.metrics.MicrometerStatsCounter}: Headroom's statistics as Micrometer meters. */
package dev.headroom.spring.metrics;
