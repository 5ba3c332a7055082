/** {@link dev.headroom.spring.actuate.HeadroomEndpoint}: the {@code headroom} actuator endpoint. */
package dev.headroom.spring.actuate;
