package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberRoleTest {

    @ParameterizedTest
    @ValueSource(strings = {"status", "state", "STATE", "log.level", "logLevel", "severity", "conclusion", "http_status",
        "statusCode", "status_code", "phase", "health", "verdict", "lvl", "result", "outcome"})
    void should_let_every_status_name_through_the_cheap_screen(String name) {
        assertThat(MemberRole.of(name)).isIn(MemberRole.STATUS, MemberRole.HTTP_STATUS);
        assertThat(MemberRole.mayBeStatus(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "worker_id", "tasks", "config", "id", "message", "ip"})
    void should_screen_out_names_that_are_no_status(String name) {
        assertThat(MemberRole.mayBeStatus(name)).isFalse();
    }
}
