package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.util.ArrayList;
import java.util.List;

/** Generated JSON API responses (pretty-printed as most HTTP tools show them). */
final class JsonCases {

    private JsonCases() {}

    /** An envelope with status fields and 600 shipments; one failed delivery; the question names a shipment. */
    static NeedleCase shipmentsEnvelope() {
        Gen g = new Gen(9001);
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"status\": \"ok\",\n  \"request_id\": \"6a1f0c2e-7d0e-4b8e-9a51-2f0b9d8e7c44\",\n  \"page\": 1,\n  \"per_page\": 600,\n  \"total\": 600,\n  \"data\": [\n");
        for (int i = 0; i < 600; i++) {
            String id = fmt("shp_%05d", 30_000 + i * 7);
            String status = i == 455 ? "failed" : i == 120 ? "returned_to_sender" : g.pick("delivered", "delivered", "delivered", "in_transit");
            sb.append("    {\n");
            sb.append("      \"id\": \"").append(id).append("\",\n");
            sb.append("      \"carrier\": \"").append(g.pick("dhl", "ups", "postnl", "gls")).append("\",\n");
            sb.append("      \"status\": \"").append(status).append("\",\n");
            sb.append("      \"destination\": {\"city\": \"").append(g.pick("Berlin", "Lyon", "Utrecht", "Porto", "Gdansk", "Malmo")).append("\", \"country\": \"")
                    .append(g.pick("DE", "FR", "NL", "PT", "PL", "SE")).append("\"},\n");
            sb.append("      \"weight_kg\": ").append(fmt("%.2f", 0.2 + g.nextDouble() * 20)).append(",\n");
            if (i == 455) {
                sb.append("      \"failure_reason\": \"address_not_found\",\n");
            }
            sb.append("      \"updated_at\": \"2026-12-0").append(g.between(1, 6)).append("T").append(fmt("%02d:%02d:00Z", g.nextInt(24), g.nextInt(60))).append("\"\n");
            sb.append(i == 599 ? "    }\n" : "    },\n");
        }
        sb.append("  ]\n}\n");
        return NeedleCase.named("json_shipments_envelope", "json", "json-api")
                .tool("http_get", "{\"url\":\"https://api.example.com/v2/shipments?per_page=600\"}")
                .question("Where is shipment shp_31232? Also, did any delivery fail?")
                .build(sb.toString(), List.of(
                        // values only: a compressor may re-format JSON (minify, columns), values survive any form
                        Needle.contains("shp_31232"),
                        Needle.contains("shp_33185"),
                        Needle.contains("failed"),
                        Needle.contains("address_not_found")));
    }

    /** A pip-inspect-like package list whose summaries mention exceptions and errors; the question names one. */
    static NeedleCase pipInspect() {
        Gen g = new Gen(9002);
        String[][] pkgs = {
            {"requests", "2.32.3", "Python HTTP for Humans. Raises ConnectionError and HTTPError exceptions."},
            {"urllib3", "2.2.3", "HTTP library with thread-safe connection pooling; retries on ProtocolError."},
            {"tenacity", "9.0.0", "Retry code until it succeeds; wraps exceptions in RetryError."},
            {"sentry-sdk", "2.19.0", "Python client for Sentry: reports unhandled exceptions and errors."},
            {"structlog", "24.4.0", "Structured logging; renders exception tracebacks as dicts."},
            {"pydantic", "2.10.3", "Data validation using Python type hints; raises ValidationError on failure."},
            {"exceptiongroup", "1.2.2", "Backport of PEP 654 (exception groups)."},
            {"psycopg2-binary", "2.9.10", "PostgreSQL adapter; maps server errors to DatabaseError subclasses."},
        };
        StringBuilder sb = new StringBuilder("{\n  \"version\": \"1\",\n  \"pip_version\": \"24.3.1\",\n  \"installed\": [\n");
        int count = 420;
        for (int i = 0; i < count; i++) {
            String name;
            String version;
            String summary;
            if (i % 50 == 7 && i / 50 < pkgs.length) {
                String[] p = pkgs[i / 50];
                name = p[0];
                version = p[1];
                summary = p[2];
            } else {
                name = g.pick("py", "lib", "django-", "flask-", "aio", "types-", "pytest-") + g.alnum(g.between(4, 9));
                version = g.between(0, 5) + "." + g.between(0, 30) + "." + g.between(0, 12);
                summary = g.pick("Utilities for ", "Fast ", "A small library for ", "Type stubs for ", "Plugin providing ")
                        + g.pick("parsing dates", "retrying on exceptions", "error reporting", "YAML", "HTTP clients", "async tasks", "colour output") + ".";
            }
            sb.append("    {\n      \"metadata\": {\n");
            sb.append("        \"metadata_version\": \"2.1\",\n        \"name\": \"").append(name).append("\",\n");
            sb.append("        \"version\": \"").append(version).append("\",\n");
            sb.append("        \"summary\": \"").append(Json.escape(summary)).append("\",\n");
            sb.append("        \"requires_python\": \">=3.").append(g.between(7, 9)).append("\"\n      },\n");
            sb.append("      \"metadata_location\": \"/srv/venv/lib/python3.12/site-packages/").append(name.replace('-', '_')).append("-").append(version).append(".dist-info\",\n");
            sb.append("      \"installer\": \"pip\",\n      \"requested\": ").append(g.chance(0.2)).append("\n");
            sb.append(i == count - 1 ? "    }\n" : "    },\n");
        }
        sb.append("  ],\n  \"environment\": {\"implementation_name\": \"cpython\", \"python_full_version\": \"3.12.7\", \"sys_platform\": \"linux\"}\n}\n");
        return NeedleCase.named("json_pip_inspect_versions", "json", "json-pip-inspect")
                .shell("pip inspect")
                .question("Which versions of urllib3 and psycopg2-binary are installed?")
                .build(sb.toString(), List.of(
                        // the dist-info path ties name and version in one value ("2.2.3" alone may be another package's)
                        Needle.contains("urllib3-2.2.3.dist-info"),
                        Needle.contains("psycopg2_binary-2.9.10.dist-info")));
    }

    /** CI workflow runs: 300 runs, one failure, one cancelled; the question asks for the failing one. */
    static NeedleCase workflowRuns() {
        Gen g = new Gen(9003);
        StringBuilder sb = new StringBuilder("{\n  \"total_count\": 300,\n  \"workflow_runs\": [\n");
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long id = 12_000_000_000L + i * 1_733L;
            String conclusion = i == 222 ? "failure" : i == 30 ? "cancelled" : "success";
            String branch = i == 222 ? "release/2.8" : g.pick("main", "main", "dependabot/npm/vite-6.0.3", "feat/" + g.alnum(6));
            sb.append("    {\n");
            sb.append("      \"id\": ").append(id).append(",\n");
            sb.append("      \"name\": \"").append(g.pick("CI", "CI", "Release", "CodeQL")).append("\",\n");
            sb.append("      \"head_branch\": \"").append(branch).append("\",\n");
            sb.append("      \"head_sha\": \"").append(g.hex(40)).append("\",\n");
            sb.append("      \"event\": \"").append(g.pick("push", "pull_request", "schedule")).append("\",\n");
            sb.append("      \"status\": \"completed\",\n");
            sb.append("      \"conclusion\": \"").append(conclusion).append("\",\n");
            sb.append("      \"run_number\": ").append(9_000 + i).append(",\n");
            sb.append("      \"html_url\": \"https://ci.example.com/acme/shop/actions/runs/").append(id).append("\"\n");
            sb.append(i == 299 ? "    }\n" : "    },\n");
            if (i == 222) {
                needles.add(Needle.contains("failure"));
                needles.add(Needle.contains("https://ci.example.com/acme/shop/actions/runs/" + id));
            }
        }
        sb.append("  ]\n}\n");
        return NeedleCase.named("json_workflow_runs_failure", "json", "json-api")
                .tool("http_get", "{\"url\":\"https://ci.example.com/api/repos/acme/shop/actions/runs?per_page=300\"}")
                .question("Which CI run failed? Give me its link.")
                .heldAside()
                .build(sb.toString(), needles);
    }
}
