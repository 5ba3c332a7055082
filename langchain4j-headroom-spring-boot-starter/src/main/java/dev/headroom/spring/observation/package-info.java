/** Micrometer Observations of Headroom's steps (compression, hidden retrieval rounds): spans and timers. */
package dev.headroom.spring.observation;
