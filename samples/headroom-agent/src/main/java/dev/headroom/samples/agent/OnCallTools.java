package dev.headroom.samples.agent;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.Locale;

/**
 * The on-call assistant's tools. Each returns what the real tool would print, at full size: a cloud API's
 * instance list as JSON (about 250 KB), a service log (1,500 lines), a grep over the code base and a Maven
 * test run. Nothing here knows about Headroom: these are ordinary LangChain4j tools.
 *
 * <p>The outputs are generated from fixed seeds, so the same call returns the same bytes on every run.
 * Thread-safe.
 */
public class OnCallTools {

    public static final String DESCRIBE_INSTANCES = "describe_instances";
    public static final String TAIL_SERVICE_LOG = "tail_service_log";
    public static final String SEARCH_CODE = "search_code";
    public static final String RUN_TESTS = "run_tests";

    private final Fleet fleet = Fleet.production();
    private final CodeBase codeBase = CodeBase.generate();

    @Tool(name = DESCRIBE_INSTANCES, value = "Lists every compute instance of a region as the cloud API returns it (JSON): "
            + "id, type, state, health, zone, private IP, tags.")
    public String describeInstances(@P("the region, e.g. eu-west-1") String region) {
        return CloudApi.describeInstances(fleet, region);
    }

    @Tool(name = TAIL_SERVICE_LOG, value = "Returns the last 1500 lines of a production service's log.")
    public String tailServiceLog(@P("the service name, e.g. checkout-service") String service) {
        if (service == null || !service.toLowerCase(Locale.ROOT).contains("checkout")) {
            return "tail: no log for service '" + service + "'; services with logs here: checkout-service";
        }
        return ServiceLog.tail(fleet, service);
    }

    @Tool(name = SEARCH_CODE, value = "Searches the code base like `grep -rniE PATTERN .` and returns path:line:text for every match.")
    public String searchCode(@P("a regular expression, matched case-insensitively") String pattern) {
        String matches = codeBase.grep(pattern);
        return matches.isEmpty() ? "grep: no matches for " + pattern : matches;
    }

    @Tool(name = RUN_TESTS, value = "Runs `mvn test` in a module of the code base and returns the console output.")
    public String runTests(@P("the module, e.g. checkout-service") String module) {
        return TestRun.mavenTest(module == null || module.isBlank() ? "checkout-service" : module.trim());
    }

    /** The fleet behind {@link #describeInstances}, for checks in tests and the stand-in's honesty checks. */
    public Fleet fleet() {
        return fleet;
    }
}
