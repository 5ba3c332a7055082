package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorItemsTest {

    private final ErrorItems errors = new ErrorItems();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"status\": \"failed\"}",
        "{\"status\": \"FAILURE\"}",
        "{\"state\": \"CrashLoopBackOff\"}",
        "{\"level\": \"ERROR\", \"msg\": \"x\"}",
        "{\"severity\": \"critical\"}",
        "{\"conclusion\": \"timed_out\"}",
        "{\"result\": \"Timed out after 30s\"}",
        "{\"error\": {\"code\": \"E42\", \"message\": \"disk full\"}}",
        "{\"error\": \"connection reset\"}",
        "{\"errors\": [\"bad input\"]}",
        "{\"lastError\": \"EOF\"}",
        "{\"errorMessage\": \"quota exceeded\"}",
        "{\"failed\": true}",
        "{\"success\": false}",
        "{\"ok\": false}",
        "{\"statusCode\": 503}",
        "{\"http_status\": 404}",
        "{\"exitCode\": 2}",
        "{\"returncode\": 1}",
        "{\"message\": \"Failed to pull image nginx:1.27\"}",
        "{\"detail\": \"permission denied\"}",
        "{\"out\": \"Traceback (most recent call last):\\n  File x\"}",
        "{\"line\": \"2024-01-01 12:00:00 ERROR Worker crashed\"}",
        "{\"text\": \"error: could not open file\"}",
        "{\"job\": {\"run\": {\"status\": \"failed\"}}}",
        "{\"exit_code\": 2}",
        "{\"spanID\": \"a1\", \"tags\": [{\"key\": \"span.kind\", \"type\": \"string\", \"value\": \"client\"}, {\"key\": \"error\", \"type\": \"bool\", \"value\": true}]}",
        "{\"tags\": [{\"key\": \"http.status_code\", \"value\": 503}]}",
        "{\"status\": \"ok\", \"message\": \"java.lang.IllegalStateException: queue closed\"}",
        "{\"level\": \"INFO\", \"msg\": \"KeyError: 'user'\"}",
        "{\"code\": 502, \"path\": \"/api\"}",
        "{\"name\": \"x\", \"status\": \"failed\", \"description\": \"all good\"}",
        "{\"name\": \"x\", \"error\": {\"code\": 17}}",
        "{\"trace\": \"boom\\n    at com.acme.Service.call(Service.java:42)\"}",
        "{\"type\": \"MapIterationFailed\", \"id\": 217, \"details\": {\"index\": 27}}",
        "{\"eventType\": \"ActivityTimedOut\"}",
        "{\"event\": \"job.errored\", \"job\": \"nightly\"}",
        "{\"Action\": \"die\", \"Actor\": {\"Attributes\": {\"exitCode\": \"137\", \"name\": \"shop-worker-1\"}}}",
        "{\"log.level\": \"WARN\", \"message\": \"WMS token refresh failed for WH-ROT-2: 400 Bad Request\"}"
    })
    void should_flag_items_whose_values_report_an_error(String json) {
        assertThat(errors.isError(NodeParser.parse(json))).as(json).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"error\": null}",
        "{\"errors\": []}",
        "{\"error\": \"\"}",
        "{\"error\": {}}",
        "{\"error\": {\"code\": null, \"message\": null}}",
        "{\"errors\": 0}",
        "{\"failed\": false}",
        "{\"failed\": 0}",
        "{\"timeout_ms\": 3000}",
        "{\"TimeoutInSeconds\": 30}",
        "{\"DefaultTcpEstablishedTimeout\": 432000}",
        "{\"errorRate\": 0.02}",
        "{\"error_count\": 5}",
        "{\"errorHandling\": \"retry\"}",
        "{\"status\": \"ok\", \"level\": \"warn\"}",
        "{\"status\": \"no errors\"}",
        "{\"statusCode\": 200}",
        "{\"exitCode\": 0}",
        "{\"success\": true}",
        "{\"message\": \"processed 0 failed jobs\"}",
        "{\"title\": \"Fix error in parser\"}",
        "{\"description\": \"Handles errors gracefully\"}",
        "{\"name\": \"Error handling guide\"}",
        "{\"type\": \"terror\", \"label\": \"Mirror\"}",
        "{\"Hypervisor\": \"nitro\", \"NvmeSupport\": \"required\"}",
        "[1, 2, 3]",
        "{\"note\": \"java.lang.NullPointerException at Foo.bar\"}",
        "{\"metadata\": {\"name\": \"attrs\", \"description\": \"Raises KeyError when a key is missing\"}}",
        "{\"metadata\": {\"summary\": \"x\", \"description\": \"Traceback (most recent call last):\\n  File \\\"a.py\\\"\\nValueError: bad\"}}",
        "{\"title\": \"Crash on start\", \"body\": \"ERROR: NullPointerException\", \"state\": \"open\"}",
        "{\"level\": \"INFO\", \"message\": \"retrying after error\"}",
        "{\"status\": \"ok\", \"message\": \"handled KeyError: retried\"}",
        "{\"commit\": {\"message\": \"Fix crash in parser\"}}",
        "{\"code\": 404, \"message\": \"x\"}",
        "{\"code\": \"DE\", \"name\": \"Germany\"}",
        "{\"tags\": [{\"key\": \"error\", \"type\": \"bool\", \"value\": false}, {\"key\": \"http.status_code\", \"value\": 200}]}",
        "{\"env\": [{\"name\": \"LOG_LEVEL\", \"value\": \"error\"}]}",
        "{\"type\": \"error\", \"level\": \"warning\"}",
        "{\"level\": \"warning\", \"message\": \"disk usage at 81%\"}",
        "{\"Action\": \"exec_die\", \"Actor\": {\"Attributes\": {\"exitCode\": \"0\"}}}",
        "{\"exitCode\": \"n/a\"}",
        "{\"type\": \"TaskSucceeded\", \"id\": 3}",
        "{\"eventName\": \"FailoverCompleted\"}",
        "{\"type\": \"retry after a failed attempt\"}",
                "\"plain text\""
    })
    void should_not_flag_items_without_an_error_value(String json) {
        assertThat(errors.isError(NodeParser.parse(json))).as(json).isFalse();
    }

    @org.junit.jupiter.api.Test
    void should_tell_numeric_status_codes_apart_as_kinds_and_mask_numbers_inside_text() {
        // a 502 and a 404 are different errors; two messages differing only by a number are one
        assertThat(errors.errorKind(NodeParser.parse("{\"status\": 502}"))).isEqualTo("status=502");
        assertThat(errors.errorKind(NodeParser.parse("{\"status\": 404}"))).isEqualTo("status=404");
        assertThat(errors.errorKind(NodeParser.parse("{\"error\": \"timeout after 31 ms\"}")))
                .isEqualTo(errors.errorKind(NodeParser.parse("{\"error\": \"timeout after 45 ms\"}")));
    }
}
