package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.requireLines;
import static dev.headroom.benchmarks.needles.Inputs.pad;
import static dev.headroom.benchmarks.needles.Inputs.lpad;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fifteenth held-aside batch ({@code fresh14_*}), written on 2026-12-07 (session 9), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. System and developer-tool text outputs none of the other cases has: {@code tree -a -L 4}
 * of a repository, {@code find / -xdev -size +100M -ls}, {@code lsblk -f} followed by {@code df -i}, {@code ip -s link}
 * of a Kubernetes node, {@code sysctl -a} (built on this machine's own keys), {@code vmstat 1 300}, {@code sqlfluff
 * lint} over a dbt project, {@code hadolint} and {@code tflint} in one CI step, {@code cargo tree}, {@code go mod
 * graph}, {@code helm lint} with {@code kubeconform -summary} and a failing {@code composer update -vvv}. Never tuned
 * on: reported as their own set {@code fresh-14}, refused by {@code --case}.
 */
final class FreshCases14 {

    private FreshCases14() {}

    static List<NeedleCase> all() {
        return List.of(treeRepo(), findLargeFiles(), lsblkDfInodes(), ipStatsLink(), sysctlAll(), vmstatSwap(), sqlfluffLint(),
                hadolintTflint(), cargoTree(), goModGraph(), helmKubeconform(), composerConflict());
    }

    // ---------------------------------------------------------------- tree -a -L 4

    private static final class Dir {
        final TreeMap<String, Dir> dirs = new TreeMap<>();
        final TreeSet<String> files = new TreeSet<>();

        Dir dir(String path) {
            Dir d = this;
            for (String part : path.split("/")) {
                d = d.dirs.computeIfAbsent(part, k -> new Dir());
            }
            return d;
        }

        void file(String path) {
            int slash = path.lastIndexOf('/');
            (slash < 0 ? this : dir(path.substring(0, slash))).files.add(path.substring(slash + 1));
        }
    }

    /** tree's locale collation, roughly: leading dots and case ignored first. */
    private static final Comparator<String> TREE_ORDER = Comparator.<String, String>comparing(
            s -> s.replaceFirst("^\\.+", "").replace("-", "").replace("_", "").toLowerCase(Locale.ROOT)).thenComparing(s -> s);

    private static void renderTree(Gen g, Dir d, String prefix, int level, int[] counts) {
        List<String> names = new ArrayList<>(d.dirs.keySet());
        names.addAll(d.files);
        names.sort(TREE_ORDER);
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            boolean last = i == names.size() - 1;
            g.add(prefix + (last ? "└──\u00a0" : "├──\u00a0") + n);
            Dir child = d.dirs.get(n);
            if (child != null) {
                counts[0]++;
                if (level < 4) {
                    renderTree(g, child, prefix + (last ? "    " : "│\u00a0\u00a0 "), level + 1, counts);
                }
            } else {
                counts[1]++;
            }
        }
    }

    /**
     * tree -a -L 4 at the root of a NestJS service repository: the .git directory (hooks, refs, a few hundred loose
     * objects) makes most of it; src/modules holds a dozen feature modules. The question names the Stripe webhook
     * controller and asks whether anything that should not be committed is there: a {@code .env.production} at the root
     * and a production database dump under scripts/db, among harmless {@code .env.example} and seed files.
     */
    static NeedleCase treeRepo() {
        Gen g = new Gen(170_001);
        Dir root = new Dir();
        for (String f : List.of(".dockerignore", ".editorconfig", ".env.example", ".env.test", ".eslintrc.js", ".gitignore", ".nvmrc",
                ".prettierrc", "CHANGELOG.md", "Dockerfile", "LICENSE", "Makefile", "README.md", "docker-compose.yml", "jest.config.ts",
                "nest-cli.json", "package-lock.json", "package.json", "tsconfig.build.json", "tsconfig.json", ".env.production")) {
            root.file(f);
        }
        for (String f : List.of("COMMIT_EDITMSG", "FETCH_HEAD", "HEAD", "ORIG_HEAD", "config", "description", "index", "packed-refs",
                "info/exclude", "logs/HEAD")) {
            root.file(".git/" + f);
        }
        root.dir(".git/branches");
        for (String h : List.of("applypatch-msg", "commit-msg", "fsmonitor-watchman", "post-update", "pre-applypatch", "pre-commit",
                "pre-merge-commit", "pre-push", "pre-rebase", "pre-receive", "prepare-commit-msg", "push-to-checkout", "update")) {
            root.file(".git/hooks/" + h + ".sample");
        }
        String[] branches = {"main", "develop", "feat/checkout-v2", "fix/refund-rounding", "chore/deps-nov", "feat/loyalty-points"};
        for (String b : branches) {
            String flat = b.contains("/") ? b.substring(0, b.indexOf('/')) : b;
            root.file(".git/refs/heads/" + (b.contains("/") ? flat : b));
            root.file(".git/logs/refs/heads/" + (b.contains("/") ? flat : b));
            root.dir(".git/refs/remotes/origin").files.add(flat);
        }
        root.dir(".git/refs/remotes/origin").files.add("HEAD");
        root.dir(".git/refs/tags");
        root.dir(".git/logs/refs/remotes/origin");
        TreeSet<String> objectDirs = new TreeSet<>();
        while (objectDirs.size() < 150) {
            objectDirs.add(g.hex(2));
        }
        for (String d : objectDirs) {
            int n = g.between(1, 4);
            for (int i = 0; i < n; i++) {
                root.file(".git/objects/" + d + "/" + g.hex(38));
            }
        }
        root.dir(".git/objects/info");
        for (int i = 0; i < 2; i++) {
            String p = g.hex(40);
            root.file(".git/objects/pack/pack-" + p + ".idx");
            root.file(".git/objects/pack/pack-" + p + ".pack");
            root.file(".git/objects/pack/pack-" + p + ".rev");
        }
        for (String f : List.of("workflows/ci.yml", "workflows/deploy.yml", "workflows/codeql.yml", "dependabot.yml", "CODEOWNERS",
                "pull_request_template.md")) {
            root.file(".github/" + f);
        }
        root.file(".husky/pre-commit");
        root.file(".husky/commit-msg");
        root.file(".vscode/launch.json");
        root.file(".vscode/settings.json");
        String[] modules = {"auth", "cart", "catalog", "checkout", "customers", "health", "inventory", "loyalty", "notifications", "orders",
            "payments", "pricing", "refunds", "search", "shipping"};
        for (String m : modules) {
            String base = "src/modules/" + m + "/";
            root.file(base + m + ".module.ts");
            root.file(base + m + ".controller.ts");
            root.file(base + m + ".service.ts");
            root.file(base + m + ".service.spec.ts");
            if (g.chance(0.7)) {
                root.file(base + m + ".controller.spec.ts");
            }
            if (g.chance(0.6)) {
                root.file(base + m + ".repository.ts");
            }
            root.dir(base + "dto");
            if (g.chance(0.5)) {
                root.dir(base + "entities");
            }
            if (g.chance(0.3)) {
                root.dir(base + "guards");
            }
        }
        String target = "stripe-webhook.controller.ts";
        root.file("src/modules/payments/" + target);
        root.file("src/modules/payments/stripe-webhook.controller.spec.ts");
        root.file("src/modules/payments/stripe.client.ts");
        for (String f : List.of("main.ts", "app.module.ts", "config/configuration.ts", "config/validation.ts", "config/typeorm.config.ts",
                "common/filters/http-exception.filter.ts", "common/interceptors/logging.interceptor.ts", "common/pipes/parse-money.pipe.ts",
                "common/decorators/current-user.decorator.ts", "common/guards/roles.guard.ts", "database/data-source.ts")) {
            root.file("src/" + f);
        }
        for (int i = 0; i < 34; i++) {
            root.file(fmt("src/database/migrations/%d-%s.ts", 1_690_000_000_000L + i * 1_700_000_000L + g.nextInt(1_000_000),
                    g.pick("CreateOrders", "AddIndexOnSku", "AddLoyaltyTable", "AlterPriceScale", "AddRefundReason", "CreateOutbox",
                            "DropLegacyCoupons", "AddCustomerLocale", "CreateShipments", "AddWebhookEvents") + i));
        }
        for (String f : List.of("app.e2e-spec.ts", "checkout.e2e-spec.ts", "payments.e2e-spec.ts", "jest-e2e.json", "fixtures/orders.json",
                "fixtures/customers.json", "fixtures/stripe/charge.succeeded.json", "fixtures/stripe/charge.refunded.json")) {
            root.file("test/" + f);
        }
        for (String f : List.of("docker/entrypoint.sh", "k8s/deployment.yaml", "k8s/service.yaml", "k8s/ingress.yaml", "k8s/hpa.yaml",
                "k8s/configmap.yaml", "terraform/main.tf", "terraform/variables.tf", "terraform/outputs.tf")) {
            root.file("deploy/" + f);
        }
        String dump = "prod-dump-2026-11-28.sql.gz";
        for (String f : List.of("db/seed-dev.ts", "db/reset-local.sh", "db/" + dump, "generate-openapi.ts", "release.sh", "check-env.ts")) {
            root.file("scripts/" + f);
        }
        for (String f : List.of("adr/0001-use-nestjs.md", "adr/0002-outbox-pattern.md", "adr/0003-stripe-webhooks.md", "architecture.md",
                "runbook.md", "openapi.yaml")) {
            root.file("docs/" + f);
        }
        g.add(".");
        int[] counts = new int[2];
        renderTree(g, root, "", 1, counts);
        g.add("");
        String summary = fmt("%d directories, %d files", counts[0], counts[1]);
        g.add(summary);
        String text = g.text();
        requireLines(g, 500, 1500);
        String controllerLine = only(text, "\u00a0" + target);
        String envLine = only(text, "\u00a0.env.production");
        String dumpLine = only(text, "\u00a0" + dump);
        requireCount(text, target, 1);
        return NeedleCase.named("fresh14_tree_repo", "listing", "tree-a-L4")
                .shell("tree -a -L 4")
                .question("Where does stripe-webhook.controller.ts live in this repo? And before we make the repository public: is anything"
                        + " committed that must not be (secrets, production data)?")
                .heldAside()
                .build(text, List.of(Needle.exact(controllerLine), Needle.exact(envLine), Needle.exact(dumpLine), Needle.exact(summary)));
    }

    // ---------------------------------------------------------------- find / -xdev -size +100M -ls

    private static String findLs(long inode, long size, String perms, String user, String group, String date, String path) {
        long blocks = (size + 4095) / 4096 * 4;
        return fmt("%9d %6d %s %3d %-8s %-8s %8d %s %s", inode, blocks, perms, 1, user, group, size, date, path);
    }

    private static String recentDate(Gen g) {
        return fmt("%s %2d %02d:%02d", g.pick("Oct", "Nov", "Dec"), g.between(1, 28), g.between(0, 23), g.between(0, 59));
    }

    /**
     * find over / of a database and build host that is at 97 %: about 420 files above 100 MB, mostly PostgreSQL 1 GB
     * segment files, docker overlay layers, journal files and toolchains. What fills the disk: a 212 GB debug log a
     * worker never rotated, a 31 GB core dump, and a 48 GB backup tarball left in a home directory.
     */
    static NeedleCase findLargeFiles() {
        Gen g = new Gen(170_002);
        List<String[]> entries = new ArrayList<>();
        long inode = 1_048_577;
        for (String db : List.of("16384", "16385", "17021")) {
            int rels = g.between(14, 22);
            for (int r = 0; r < rels; r++) {
                String rel = String.valueOf(g.between(16_390, 98_000));
                int segs = g.between(1, 9);
                for (int s = 0; s < segs; s++) {
                    long size = s < segs - 1 ? 1_073_741_824L : (long) g.between(13_108, 131_071) * 8192;
                    if (size < 104_857_600L) {
                        continue;
                    }
                    entries.add(new String[] {"/var/lib/postgresql/15/main/base/" + db + "/" + rel + (s == 0 ? "" : "." + s),
                            findLs(inode + g.nextInt(900_000), size, "-rw-------", "postgres", "postgres", recentDate(g),
                                    "/var/lib/postgresql/15/main/base/" + db + "/" + rel + (s == 0 ? "" : "." + s))});
                }
            }
        }
        for (int i = 0; i < 70; i++) {
            String p = "/var/lib/docker/overlay2/" + g.hex(64) + "/diff/" + g.pick("usr/lib/x86_64-linux-gnu/libLLVM-15.so.1",
                    "opt/conda/pkgs/mkl-2023.1.0-h213fc3f_46344.conda", "usr/local/lib/python3.11/site-packages/torch/lib/libtorch_cuda.so",
                    "usr/lib/jvm/java-17-openjdk-amd64/lib/modules", "root/.cache/pip/http-v2/" + g.hex(2) + "/" + g.hex(40) + ".body",
                    "app/node_modules/.cache/webpack/client-production-0.pack", "usr/local/cuda/lib64/libcublasLt.so.12");
            entries.add(new String[] {p, findLs(inode + 2_000_000 + g.nextInt(4_000_000), g.between(105_000_000, 1_900_000_000), "-rw-r--r--",
                    "root", "root", recentDate(g), p)});
        }
        for (int i = 0; i < 40; i++) {
            String p = "/var/log/journal/" + "8c3e2a41f0d94b7c9e5a1d2f6b7c8e90/system@" + g.hex(32) + "-" + g.hex(16) + "-" + g.hex(16) + ".journal";
            entries.add(new String[] {p, findLs(inode + 5_000_000 + g.nextInt(300_000), 134_217_728L, "-rw-r-----", "root",
                    "systemd-journal", recentDate(g), p)});
        }
        for (int i = 0; i < 45; i++) {
            String p = "/var/lib/postgresql/15/main/pg_wal/" + fmt("00000001000003%02X000000%02X", g.between(0x10, 0x2F), g.nextInt(256));
            entries.add(new String[] {p, findLs(inode + 6_000_000 + g.nextInt(100_000), 16_777_216L * 8, "-rw-------", "postgres", "postgres",
                    recentDate(g), p)});
        }
        for (String p : List.of("/usr/lib/x86_64-linux-gnu/libLLVM-15.so.1", "/usr/lib/jvm/java-17-openjdk-amd64/lib/modules",
                "/usr/lib/jvm/java-21-openjdk-amd64/lib/modules", "/opt/google/chrome/chrome", "/snap/core22/1663.snap", "/snap/lxd/31333.snap",
                "/var/lib/snapd/snaps/core22_1663.snap", "/var/lib/snapd/snaps/lxd_31333.snap", "/swap.img",
                "/home/ci/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/lib/librustc_driver-6108105cd7e839cf.so",
                "/home/ci/.gradle/caches/8.10/transforms/" + g.hex(32) + "/transformed/android.jar",
                "/var/cache/apt/archives/linux-firmware_20240318.git3b128b60-0ubuntu2.3_amd64.deb")) {
            long size = p.equals("/swap.img") ? 8_589_934_592L : g.between(110_000_000, 700_000_000);
            entries.add(new String[] {p, findLs(inode + 7_000_000 + g.nextInt(900_000), size, "-rw-r--r--", "root", "root",
                    fmt("%s %2d  %d", g.pick("Mar", "Apr", "Jun"), g.between(1, 28), 2026), p)});
        }
        String logLine = findLs(3_932_211, 227_633_479_680L, "-rw-r--r--", "svc-etl", "svc-etl", "Dec  7 09:41",
                "/var/log/etl-worker/worker-debug.log");
        String coreLine = findLs(3_932_877, 33_285_996_544L, "-rw-------", "svc-etl", "svc-etl", "Dec  5 02:17",
                "/var/lib/etl-worker/core.etl-worker.48213");
        String tarLine = findLs(2_621_940, 51_539_607_552L, "-rw-rw-r--", "mkovacs", "mkovacs", "Nov 19 23:58",
                "/home/mkovacs/backup-pg-2026-11-19.tar.gz");
        entries.add(new String[] {"/var/log/etl-worker/worker-debug.log", logLine});
        entries.add(new String[] {"/var/lib/etl-worker/core.etl-worker.48213", coreLine});
        entries.add(new String[] {"/home/mkovacs/backup-pg-2026-11-19.tar.gz", tarLine});
        // find walks directories in readdir order, not sorted: a deterministic shuffle by directory keeps files of one
        // directory together like a real walk does.
        TreeMap<String, List<String>> byDir = new TreeMap<>();
        for (String[] e : entries) {
            String dir = e[0].substring(0, e[0].lastIndexOf('/'));
            byDir.computeIfAbsent(Integer.toHexString((dir.hashCode() * 31 + 7) & 0xfff) + dir, k -> new ArrayList<>()).add(e[1]);
        }
        for (List<String> ls : byDir.values()) {
            for (String l : ls) {
                g.add(l);
            }
        }
        String text = g.text();
        requireLines(g, 300, 1200);
        return NeedleCase.named("fresh14_find_large_files", "listing", "find-size-ls")
                .shell("sudo find / -xdev -size +100M -ls 2>/dev/null")
                .question("The root filesystem of db-build-02 is at 97% and climbing. Which files are filling the disk, and which of them are"
                        + " safe to delete or move?")
                .heldAside()
                .build(text, List.of(Needle.exact(logLine), Needle.exact(coreLine), Needle.exact(tarLine)));
    }

    // ---------------------------------------------------------------- lsblk -f + df -i

    private static List<String> align(List<String[]> rows, boolean[] right) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(right[i] ? lpad(r[i], w[i]) : i == r.length - 1 ? r[i] : pad(r[i], w[i]));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static String uuid(Gen g) {
        return g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12);
    }

    /**
     * lsblk -f then df -i on a mail relay and Kubernetes node: snap loop devices, an LVM volume group on an NVMe disk,
     * a separate spool volume, then df -i over about 300 filesystems (overlay mounts of containers, tmpfs of pod
     * secrets). The spool filesystem the question names has space left but 100 % of its inodes used.
     */
    static NeedleCase lsblkDfInodes() {
        Gen g = new Gen(170_003);
        List<String[]> lb = new ArrayList<>();
        lb.add(new String[] {"NAME", "FSTYPE", "FSVER", "LABEL", "UUID", "FSAVAIL", "FSUSE%", "MOUNTPOINTS"});
        int loops = 34;
        String[] snaps = {"core20", "core22", "core24", "lxd", "snapd", "certbot", "amazon-ssm-agent", "helm", "kubectl", "aws-cli"};
        for (int i = 0; i < loops; i++) {
            String snap = snaps[i % snaps.length];
            lb.add(new String[] {"loop" + i, "squashfs", "4.0", "", "", "0", "100%", "/snap/" + snap + "/" + g.between(1500, 24000)});
        }
        lb.add(new String[] {"nvme0n1", "", "", "", "", "", "", ""});
        lb.add(new String[] {"├─nvme0n1p1", "vfat", "FAT32", "", g.hex(4).toUpperCase(Locale.ROOT) + "-" + g.hex(4).toUpperCase(Locale.ROOT),
            "1G", "1%", "/boot/efi"});
        lb.add(new String[] {"├─nvme0n1p2", "ext4", "1.0", "", uuid(g), "1.6G", "12%", "/boot"});
        lb.add(new String[] {"└─nvme0n1p3", "LVM2_member", "LVM2 001", "", g.alnum(6) + "-" + g.alnum(4) + "-" + g.alnum(4) + "-" + g.alnum(4)
            + "-" + g.alnum(4) + "-" + g.alnum(4) + "-" + g.alnum(6), "", "", ""});
        lb.add(new String[] {"  ├─vg0-root", "ext4", "1.0", "", uuid(g), "61.2G", "38%", "/"});
        lb.add(new String[] {"  ├─vg0-var", "xfs", "", "", uuid(g), "88.4G", "41%", "/var"});
        lb.add(new String[] {"  ├─vg0-containerd", "xfs", "", "", uuid(g), "171.9G", "57%", "/var/lib/containerd"});
        lb.add(new String[] {"  └─vg0-swap", "swap", "1", "", uuid(g), "", "", "[SWAP]"});
        String spoolUuid = uuid(g);
        lb.add(new String[] {"nvme1n1", "ext4", "1.0", "spool", spoolUuid, "118.3G", "39%", "/srv/spool"});
        lb.add(new String[] {"nvme2n1", "xfs", "", "archive", uuid(g), "1.2T", "22%", "/srv/archive"});
        List<String> lsblk = align(lb, new boolean[] {false, false, false, false, false, true, true, false});
        for (String l : lsblk) {
            g.add(l);
        }
        List<String[]> df = new ArrayList<>();
        df.add(new String[] {"Filesystem", "Inodes", "IUsed", "IFree", "IUse%", "Mounted on"});
        df.add(new String[] {"tmpfs", "8187364", "1544", "8185820", "1%", "/run"});
        df.add(new String[] {"/dev/mapper/vg0-root", "6553600", "2491288", "4062312", "39%", "/"});
        df.add(new String[] {"tmpfs", "8187364", "1", "8187363", "1%", "/dev/shm"});
        df.add(new String[] {"tmpfs", "8187364", "4", "8187360", "1%", "/run/lock"});
        df.add(new String[] {"/dev/nvme0n1p2", "131072", "337", "130735", "1%", "/boot"});
        df.add(new String[] {"/dev/mapper/vg0-var", "78643200", "1873341", "76769859", "3%", "/var"});
        df.add(new String[] {"/dev/nvme0n1p1", "0", "0", "0", "-", "/boot/efi"});
        df.add(new String[] {"/dev/mapper/vg0-containerd", "157286400", "6342118", "150944282", "5%", "/var/lib/containerd"});
        String spoolRow = "/dev/nvme1n1 13107200 13107200 0 100% /srv/spool";
        df.add(spoolRow.split(" "));
        df.add(new String[] {"/dev/nvme2n1", "1073741824", "9841233", "1063900591", "1%", "/srv/archive"});
        for (int i = 0; i < loops; i++) {
            String snap = snaps[i % snaps.length];
            int n = g.between(29, 13_000);
            df.add(new String[] {"/dev/loop" + i, String.valueOf(n), String.valueOf(n), "0", "100%", "/snap/" + snap + "/" + g.between(1500, 24000)});
        }
        for (int i = 0; i < 110; i++) {
            String pod = uuid(g);
            df.add(new String[] {"tmpfs", "8187364", String.valueOf(g.between(3, 12)), "", "1%", "/var/lib/kubelet/pods/" + pod
                + "/volumes/kubernetes.io~projected/kube-api-access-" + g.alnum(5)});
            if (g.chance(0.6)) {
                df.add(new String[] {"shm", "8187364", "1", "8187363", "1%", "/run/containerd/io.containerd.grpc.v1.cri/sandboxes/"
                    + g.hex(64) + "/shm"});
            }
            int ov = g.between(1, 2);
            for (int k = 0; k < ov; k++) {
                df.add(new String[] {"overlay", "157286400", "6342118", "150944282", "5%", "/run/containerd/io.containerd.runtime.v2.task/k8s.io/"
                    + g.hex(64) + "/rootfs"});
            }
        }
        df.add(new String[] {"tmpfs", "1637472", "34", "1637438", "1%", "/run/user/1000"});
        for (String[] r : df) {
            if (r[3].isEmpty()) {
                r[3] = String.valueOf(Long.parseLong(r[1]) - Long.parseLong(r[2]));
            }
        }
        List<String> dfLines = align(df, new boolean[] {false, true, true, true, true, false});
        String spoolDf = null;
        for (String l : dfLines) {
            g.add(l);
            if (l.endsWith(" /srv/spool")) {
                spoolDf = l;
            }
        }
        String spoolLsblk = null;
        String text = g.text();
        for (String l : text.split("\n")) {
            if (l.startsWith("nvme1n1 ")) {
                spoolLsblk = l;
            }
        }
        requireLines(g, 300, 900);
        requireCount(text, "/srv/spool", 2);
        return NeedleCase.named("fresh14_lsblk_df_inodes", "table", "lsblk-f-df-i")
                .shell("lsblk -f && df -i")
                .question("Postfix on relay-03 logs 'No space left on device' when writing to /srv/spool, yet the disk isn't full. What's"
                        + " going on with that mount?")
                .heldAside()
                .build(text, List.of(Needle.exact(spoolDf), Needle.exact(spoolLsblk), Needle.contains(spoolUuid)));
    }

    // ---------------------------------------------------------------- ip -s link

    private static String mac(Gen g) {
        return g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2);
    }

    private static void ipCounters(Gen g, long rxBytes, long rxPackets, long rxErr, long rxDrop, long rxMissed, long mcast,
                                   long txBytes, long txPackets, long txDrop, List<String> rxOut) {
        g.add("    RX:  bytes packets errors dropped  missed   mcast           ");
        String rx = fmt("    %10d %7d %6d %7d %7d %7d ", rxBytes, rxPackets, rxErr, rxDrop, rxMissed, mcast);
        g.add(rx);
        rxOut.add(rx);
        g.add("    TX:  bytes packets errors dropped carrier collsns           ");
        g.add(fmt("    %10d %7d %6d %7d %7d %7d ", txBytes, txPackets, 0, txDrop, 0, 0));
    }

    /**
     * ip -s link of a Kubernetes storage node: two bonded 25G ports, a bond with VLANs, the CNI's vxlan and about 120
     * pod veth interfaces, each with their RX/TX counters. The second bond member the question names has receive errors
     * and drops in the hundred thousands while its sibling has none.
     */
    static NeedleCase ipStatsLink() {
        Gen g = new Gen(170_004);
        List<String> rx = new ArrayList<>();
        int idx = 1;
        g.add(idx++ + ": lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000");
        g.add("    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00");
        ipCounters(g, 98_112_734_551L, 201_338_410L, 0, 0, 0, 0, 98_112_734_551L, 201_338_410L, 0, rx);
        String bondMac = "b8:59:9f:4c:" + g.hex(2) + ":" + g.hex(2);
        String[] header = new String[2];
        String[] rxLine = new String[2];
        for (int p = 0; p < 2; p++) {
            String name = "ens2f" + p;
            header[p] = idx++ + ": " + name + ": <BROADCAST,MULTICAST,SLAVE,UP,LOWER_UP> mtu 9000 qdisc mq master bond0 state UP mode DEFAULT"
                    + " group default qlen 1000";
            g.add(header[p]);
            g.add("    link/ether " + bondMac + " brd ff:ff:ff:ff:ff:ff" + (p == 1 ? " permaddr b8:59:9f:4c:" + g.hex(2) + ":" + g.hex(2) : ""));
            long rxb = 4_812_993_412_118L + g.nextInt(1_000_000_000);
            if (p == 0) {
                ipCounters(g, rxb, 3_201_447_551L, 0, 0, 0, 1_884_203, 3_977_102_551_203L, 2_911_338_004L, 0, rx);
            } else {
                ipCounters(g, rxb, 3_187_009_932L, 418_337, 96_204, 0, 1_880_771, 3_981_664_072_915L, 2_904_117_339L, 0, rx);
            }
            rxLine[p] = rx.get(rx.size() - 1);
            g.add("    altname enp59s0f" + p);
        }
        g.add(idx++ + ": eno1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP mode DEFAULT group default qlen 1000");
        g.add("    link/ether 3c:ec:ef:" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + " brd ff:ff:ff:ff:ff:ff");
        ipCounters(g, 22_417_119_034L, 61_338_120L, 0, 1_203, 0, 441_201, 9_114_338_771L, 40_112_993L, 0, rx);
        g.add("    altname enp1s0f0");
        g.add(idx++ + ": eno2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000");
        g.add("    link/ether 3c:ec:ef:" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + " brd ff:ff:ff:ff:ff:ff");
        ipCounters(g, 0, 0, 0, 0, 0, 0, 0, 0, 0, rx);
        g.add("    altname enp1s0f1");
        g.add(idx++ + ": bond0: <BROADCAST,MULTICAST,MASTER,UP,LOWER_UP> mtu 9000 qdisc noqueue state UP mode DEFAULT group default qlen 1000");
        g.add("    link/ether " + bondMac + " brd ff:ff:ff:ff:ff:ff");
        ipCounters(g, 9_623_406_117_830L, 6_388_457_483L, 418_337, 96_204, 0, 3_764_974, 7_958_766_624_118L, 5_815_455_343L, 0, rx);
        for (int vlan : new int[] {110, 120, 300}) {
            g.add(idx++ + ": bond0." + vlan + "@bond0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9000 qdisc noqueue state UP mode DEFAULT group"
                    + " default qlen 1000");
            g.add("    link/ether " + bondMac + " brd ff:ff:ff:ff:ff:ff");
            ipCounters(g, 1_000_000_000_000L + g.nextInt(1_000_000_000) * 1000L, 900_000_000L + g.nextInt(900_000_000), 0, 0, 0,
                    g.nextInt(400_000), 1_000_000_000_000L + g.nextInt(1_000_000_000) * 1000L, 900_000_000L + g.nextInt(900_000_000), 0, rx);
        }
        g.add(idx++ + ": vxlan.calico: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 8950 qdisc noqueue state UNKNOWN mode DEFAULT group default");
        g.add("    link/ether 66:" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + " brd ff:ff:ff:ff:ff:ff");
        ipCounters(g, 611_227_004_112L, 402_118_339L, 0, 0, 0, 0, 598_331_447_102L, 399_876_102L, 214, rx);
        for (int i = 0; i < 120; i++) {
            String cali = "cali" + g.hex(11);
            g.add(idx++ + ": " + cali + "@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 8950 qdisc noqueue state UP mode DEFAULT group default"
                    + " qlen 1000");
            g.add("    link/ether ee:ee:ee:ee:ee:ee brd ff:ff:ff:ff:ff:ff link-netns cni-" + uuid(g));
            long pk = g.between(1_000, 90_000_000);
            long tpk = g.between(1_000, 90_000_000);
            ipCounters(g, pk * g.between(90, 1400), pk, 0, g.chance(0.05) ? g.between(1, 9) : 0, 0, 0, tpk * g.between(90, 1400), tpk, 0, rx);
        }
        String text = g.text();
        requireLines(g, 600, 1000);
        requireCount(text, rxLine[1], 1);
        return NeedleCase.named("fresh14_ip_s_link", "table", "ip-s-link")
                .shell("ip -s link")
                .question("Since the switch maintenance the Ceph OSDs on stor-07 see slow ops. Is ens2f1, the second member of bond0, dropping or"
                        + " erroring on receive? Compare it with ens2f0.")
                .heldAside()
                .build(text, List.of(Needle.exact(header[1]), Needle.exact(rxLine[1]), Needle.exact(rxLine[0])));
    }

    // ---------------------------------------------------------------- sysctl -a

    /**
     * sudo sysctl -a of a web host, built from this machine's own keys and values (the global ones as captured, the
     * per-interface net.ipv4.conf/neigh and net.ipv6.conf keys repeated for a dozen interfaces), sorted by key. The
     * accept-backlog limits the question asks about were left at old small values, and tcp_abort_on_overflow was turned
     * on, which makes the kernel reset connections when the queue overflows.
     */
    static NeedleCase sysctlAll() {
        Gen g = new Gen(170_005);
        TreeMap<String, String> keys = new TreeMap<>();
        for (String l : Resources.lines(Resources.text("fresh14_sysctl_base.txt"))) {
            int eq = l.indexOf(" = ");
            if (eq > 0) {
                keys.put(l.substring(0, eq), l.substring(eq + 3));
            } else if (l.endsWith(" =")) {
                keys.put(l.substring(0, l.length() - 2), "");
            }
        }
        List<String> ifaceTemplates = Resources.lines(Resources.text("fresh14_sysctl_iface.txt"));
        List<String> ifaces = new ArrayList<>(List.of("all", "default", "lo", "eno1", "eno2", "ens3f0", "ens3f1", "bond0", "bond0.20", "docker0"));
        for (int i = 0; i < 4; i++) {
            ifaces.add("veth" + g.hex(7));
        }
        for (String iface : ifaces) {
            for (String t : ifaceTemplates) {
                if (t.isEmpty() || (t.contains(".neigh.") && iface.equals("all"))) {
                    continue;
                }
                String l = t.replace("@IF@", iface);
                int eq = l.indexOf(" = ");
                if (eq > 0) {
                    String v = l.substring(eq + 3);
                    String k = l.substring(0, eq);
                    if (k.endsWith(".forwarding") && (iface.startsWith("docker") || iface.startsWith("veth") || iface.equals("all"))) {
                        v = "1";
                    }
                    if (k.endsWith(".mtu")) {
                        v = iface.equals("lo") ? "65536" : iface.startsWith("bond") || iface.startsWith("ens") ? "9000" : "1500";
                    }
                    keys.put(k, v);
                } else if (l.endsWith(" =")) {
                    keys.put(l.substring(0, l.length() - 2), "");
                }
            }
        }
        keys.put("kernel.hostname", "web-fe-11");
        keys.put("kernel.domainname", "(none)");
        keys.put("kernel.random.boot_id", uuid(g));
        keys.put("kernel.random.uuid", uuid(g));
        keys.put("fs.file-nr", fmt("%d\t0\t%d", g.between(9000, 40_000), 9_223_372_036_854_775_807L));
        keys.put("net.core.somaxconn", "128");
        keys.put("net.ipv4.tcp_max_syn_backlog", "256");
        keys.put("net.ipv4.tcp_abort_on_overflow", "1");
        keys.put("net.core.netdev_max_backlog", "1000");
        keys.put("vm.swappiness", "10");
        keys.put("fs.file-max", "9223372036854775807");
        for (Map.Entry<String, String> e : keys.entrySet()) {
            g.add(e.getValue().isEmpty() ? e.getKey() + " =" : e.getKey() + " = " + e.getValue());
        }
        String text = g.text();
        requireLines(g, 1200, 3000);
        return NeedleCase.named("fresh14_sysctl_all", "listing", "sysctl-a")
                .shell("sudo sysctl -a")
                .question("Under load, clients of the gunicorn app behind nginx on web-fe-11 get connection resets, and netstat -s shows the"
                        + " listen queue of a socket overflowing. What are the kernel's accept-backlog settings on this host?")
                .heldAside()
                .build(text, List.of(Needle.exact("net.core.somaxconn = 128"), Needle.exact("net.ipv4.tcp_max_syn_backlog = 256"),
                        Needle.exact("net.ipv4.tcp_abort_on_overflow = 1")));
    }

    // ---------------------------------------------------------------- vmstat 1 300

    /**
     * vmstat 1 300 on an API host, the header repeated every 21 samples as procps prints it when piped. About 120
     * seconds in, a batch job's allocation pushes the box into swap: free memory collapses, si/so climb into the
     * thousands and wa reaches 60 % for about half a minute, then it recovers.
     */
    static NeedleCase vmstatSwap() {
        Gen g = new Gen(170_006);
        String h1 = "procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu-----";
        String h2 = " r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st";
        long swpd = 112_640;
        long free = 2_911_004;
        long buff = 402_116;
        long cache = 9_877_340;
        String peakSo = null;
        String peakWa = null;
        int maxSo = -1;
        int maxWa = -1;
        List<String> onset = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            if (i % 21 == 0) {
                g.add(h1);
                g.add(h2);
            }
            boolean storm = i >= 118 && i < 152;
            int r;
            int b;
            int si;
            int so;
            int bi;
            int bo;
            int us;
            int sy;
            int wa;
            if (i == 0) {
                r = 2;
                b = 0;
                si = 1;
                so = 2;
                bi = 41;
                bo = 188;
                us = 21;
                sy = 4;
                wa = 1;
            } else if (storm) {
                int k = i - 118;
                int ramp = Math.min(k, 33 - k);
                r = g.between(1, 6);
                b = g.between(4, 14);
                si = ramp * g.between(90, 260) + g.between(0, 80);
                so = ramp * g.between(300, 900) + g.between(100, 400);
                bi = si * 4 + g.between(0, 3000);
                bo = so * 4 + g.between(0, 4000);
                us = g.between(4, 14);
                sy = g.between(6, 15);
                wa = Math.min(68, 18 + ramp * g.between(2, 5));
                swpd += so - si;
                free = Math.max(61_000, free - so * 3L + g.between(-2000, 2000));
                cache = Math.max(380_000, cache - so * 8L);
            } else {
                r = g.between(0, 5);
                b = g.chance(0.08) ? 1 : 0;
                si = 0;
                so = 0;
                bi = g.chance(0.3) ? g.between(4, 600) : 0;
                bo = g.between(0, 900);
                us = g.between(12, 38);
                sy = g.between(2, 7);
                wa = g.chance(0.1) ? 1 : 0;
                if (i > 152) {
                    free = Math.min(2_400_000, free + g.between(10_000, 40_000));
                    cache = Math.min(9_000_000, cache + g.between(10_000, 60_000));
                } else {
                    free += g.between(-3000, 3000);
                }
            }
            int id = Math.max(0, 100 - us - sy - wa);
            String line = fmt("%2d %2d %6d %6d %6d %6d %4d %4d %5d %5d %4d %4d %2d %2d %2d %2d %2d", r, b, swpd, free, buff, cache, si, so,
                    bi, bo, g.between(2_000, 9_000) + (storm ? 4000 : 0), g.between(3_000, 16_000), us, sy, id, wa, 0);
            g.add(line);
            if (storm && so > maxSo) {
                maxSo = so;
                peakSo = line;
            }
            if (storm && wa > maxWa) {
                maxWa = wa;
                peakWa = line;
            }
            if (storm && onset.size() < 3) {
                onset.add(line);
            }
        }
        String text = g.text();
        requireLines(g, 300, 340);
        List<Needle> needles = new ArrayList<>();
        needles.add(Needle.exact(peakSo));
        if (!peakWa.equals(peakSo)) {
            needles.add(Needle.exact(peakWa));
        }
        needles.add(Needle.anyOf(onset));
        return NeedleCase.named("fresh14_vmstat_swap", "table", "vmstat-1")
                .shell("vmstat 1 300")
                .question("Our API on app-14 stalled for about half a minute during this capture. Was the box swapping or waiting on disk, and"
                        + " how bad did it get?")
                .heldAside()
                .build(text, needles);
    }

    // ---------------------------------------------------------------- sqlfluff lint

    private static String sqlfluffFinding(Gen g, int line, int pos) {
        String body = switch (g.weighted(14, 12, 10, 8, 7, 6, 5, 5, 4, 4, 3)) {
            case 0 -> "L010 | Keywords must be consistently lower case.";
            case 1 -> "L003 | Expected " + g.between(1, 3) + " indentations, found " + g.between(0, 4) + " [compared to line "
                    + Math.max(1, line - g.between(1, 4)) + "]";
            case 2 -> "L014 | Unquoted identifiers must be consistently lower case.";
            case 3 -> "L036 | Select targets should be on a new line unless there is only one select target.";
            case 4 -> "L039 | Unnecessary whitespace found.";
            case 5 -> "L034 | Select wildcards then simple targets before calculations and aggregates.";
            case 6 -> "L011 | Implicit/explicit aliasing of table.";
            case 7 -> "L001 | Unnecessary trailing whitespace.";
            case 8 -> "L016 | Line is too long (" + g.between(81, 140) + " > 80).";
            case 9 -> "L022 | Blank line expected but not found after CTE closing bracket.";
            default -> "L031 | Avoid aliases in from clauses and join conditions.";
        };
        return fmt("L:%4d | P:%4d | %s", line, pos, body);
    }

    /**
     * sqlfluff lint (1.x, dbt templater) over a dbt project of about 90 models: a FAIL block per file with L0xx layout
     * and capitalisation findings. The model the question names also has a PRS parse error, a QUALIFY clause the
     * configured dialect does not know, which makes the rest of the file unlintable; another model has a templating
     * error (TMP) that is not the one asked about.
     */
    static NeedleCase sqlfluffLint() {
        Gen g = new Gen(170_007);
        String[][] dirs = {
            {"models/staging/shopify", "stg_shopify__orders", "stg_shopify__order_lines", "stg_shopify__customers", "stg_shopify__products",
                "stg_shopify__refunds", "stg_shopify__transactions", "stg_shopify__discounts", "stg_shopify__fulfillments"},
            {"models/staging/stripe", "stg_stripe__charges", "stg_stripe__refunds", "stg_stripe__balance_transactions", "stg_stripe__payouts",
                "stg_stripe__customers", "stg_stripe__disputes", "stg_stripe__invoices"},
            {"models/staging/hubspot", "stg_hubspot__contacts", "stg_hubspot__deals", "stg_hubspot__companies", "stg_hubspot__engagements"},
            {"models/staging/ga4", "stg_ga4__events", "stg_ga4__sessions", "stg_ga4__page_views", "stg_ga4__purchases"},
            {"models/intermediate/finance", "int_payments_pivoted", "int_refunds_joined", "int_fx_rates_daily", "int_order_payments",
                "int_revenue_recognised", "int_payouts_reconciled"},
            {"models/intermediate/marketing", "int_sessions_attributed", "int_campaign_spend_unioned", "int_touchpoints", "int_first_touch"},
            {"models/intermediate/customers", "int_customer_orders", "int_customer_lifetime", "int_customer_segments", "int_customer_merges"},
            {"models/marts/finance", "fct_revenue", "fct_refunds", "fct_payouts", "dim_currencies", "fct_mrr", "fct_invoices", "fct_ar_aging"},
            {"models/marts/marketing", "fct_sessions", "fct_attribution", "dim_campaigns", "fct_ad_spend", "fct_conversions"},
            {"models/marts/core", "dim_customers", "dim_products", "fct_orders", "fct_order_lines", "dim_dates", "dim_stores", "fct_inventory"},
            {"snapshots", "snap_products", "snap_customers", "snap_prices"},
            {"analyses", "cohort_retention", "ltv_by_channel", "refund_rate_weekly"}};
        String target = "models/marts/finance/fct_revenue.sql";
        String prs = "L:  41 | P:   5 |  PRS | Line 41, Position 5: Found unparsable section: 'qualify row_number() over (partition by\\n"
                + "    o...'";
        String tmp = "L:  12 | P:  18 |  TMP | Undefined jinja template variable: 'var_fx_source'";
        List<String> targetOthers = new ArrayList<>();
        for (String[] d : dirs) {
            for (int i = 1; i < d.length; i++) {
                String file = d[0] + "/" + d[i] + ".sql";
                int n = file.equals(target) ? 5 : g.between(0, 16);
                if (n == 0 && !file.equals(target)) {
                    continue;
                }
                g.add("== [" + file + "] FAIL");
                TreeMap<Integer, String> byPos = new TreeMap<>();
                for (int k = 0; k < n; k++) {
                    int line = file.equals(target) ? g.between(3, 38) : g.between(1, 160);
                    int pos = g.between(1, 60);
                    String f = sqlfluffFinding(g, line, pos);
                    if (byPos.putIfAbsent(line * 1000 + pos, f) == null && file.equals(target)) {
                        targetOthers.add(f);
                    }
                }
                if (file.equals(target)) {
                    byPos.put(41_005, prs);
                } else if (file.equals("models/intermediate/finance/int_fx_rates_daily.sql")) {
                    byPos.put(12_018, tmp);
                }
                for (String f : byPos.values()) {
                    g.add(f);
                }
            }
        }
        g.add("All Finished 📜 🎉!");
        String text = g.text();
        requireLines(g, 400, 1500);
        requireCount(text, "PRS", 1);
        return NeedleCase.named("fresh14_sqlfluff_lint", "build", "sqlfluff-lint")
                .shell("sqlfluff lint models snapshots analyses --templater dbt")
                .question("The sqlfluff step of our dbt CI fails. What's wrong with models/marts/finance/fct_revenue.sql? I only changed the"
                        + " dedup logic there.")
                .heldAside()
                .build(text, List.of(Needle.exact("== [" + target + "] FAIL"), Needle.exact(prs), Needle.anyOf(targetOthers)));
    }

    // ---------------------------------------------------------------- hadolint + tflint

    /**
     * One CI lint step: hadolint over 30 Dockerfiles (warnings and infos: unpinned apt and pip packages, missing
     * --no-install-recommends, consecutive RUN), then tflint --recursive over the Terraform modules (pretty output with
     * many warnings). Two errors fail the step: DL3004 (sudo) in the Dockerfile the question names, and an invalid RDS
     * instance class in the module the question names.
     */
    static NeedleCase hadolintTflint() {
        Gen g = new Gen(170_008);
        String[] services = {"api", "web", "worker", "scheduler", "payments", "notifications", "search-indexer", "auth", "gateway",
            "reports", "billing", "ingest", "media", "webhooks", "admin"};
        String payErr = "services/payments/Dockerfile:14 DL3004 error: Do not use sudo as it leads to unpredictable behavior. Use a tool"
                + " like gosu to enforce root";
        List<String> payOthers = new ArrayList<>();
        g.add("$ hadolint services/*/Dockerfile services/*/Dockerfile.dev");
        for (String s : services) {
            for (String df : new String[] {"Dockerfile", "Dockerfile.dev"}) {
                if (df.endsWith(".dev") && g.chance(0.5)) {
                    continue;
                }
                String path = "services/" + s + "/" + df;
                TreeMap<Integer, String> byLine = new TreeMap<>();
                int n = path.equals("services/payments/Dockerfile") ? 4 : g.between(1, 7);
                for (int k = 0; k < n; k++) {
                    int line = g.between(2, 48);
                    String f = switch (g.weighted(10, 8, 6, 5, 4, 3, 3, 2)) {
                        case 0 -> "DL3008 warning: Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install"
                                + " <package>=<version>`";
                        case 1 -> "DL3015 info: Avoid additional packages by specifying `--no-install-recommends`";
                        case 2 -> "DL3059 info: Multiple consecutive `RUN` instructions. Consider consolidation.";
                        case 3 -> "DL3013 warning: Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>`"
                                + " or `pip install --requirement <requirements file>`";
                        case 4 -> "DL3018 warning: Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`";
                        case 5 -> "DL3042 warning: Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`";
                        case 6 -> "SC2086 info: Double quote to prevent globbing and word splitting.";
                        default -> "DL3025 warning: Use arguments JSON notation for CMD and ENTRYPOINT arguments";
                    };
                    String l = path + ":" + line + " " + f;
                    if (byLine.putIfAbsent(line, l) == null && path.equals("services/payments/Dockerfile")) {
                        payOthers.add(l);
                    }
                }
                if (path.equals("services/payments/Dockerfile")) {
                    payOthers.remove(byLine.get(14));
                    byLine.put(14, payErr);
                }
                for (String l : byLine.values()) {
                    g.add(l);
                }
            }
        }
        g.add("$ tflint --recursive --format default");
        String[] modules = {"modules/vpc", "modules/eks", "modules/rds", "modules/redis", "modules/s3-buckets", "modules/iam-roles",
            "modules/cloudfront", "modules/alb", "modules/bastion", "envs/staging", "envs/production"};
        List<String[]> issues = new ArrayList<>();
        for (String m : modules) {
            int n = g.between(3, 9);
            for (int k = 0; k < n; k++) {
                String file = m + "/" + g.pick("main.tf", "variables.tf", "outputs.tf", "versions.tf");
                int line = g.between(1, 140);
                String var = g.pick("name", "tags", "environment", "vpc_id", "subnet_ids", "cidr_block", "instance_type", "enable_logging",
                        "kms_key_id", "retention_days");
                String[] issue = switch (g.weighted(8, 6, 5, 4, 3)) {
                    case 0 -> new String[] {"Warning: variable \"" + var + "\" is declared but not used (terraform_unused_declarations)",
                        "variable \"" + var + "\" {", "terraform_unused_declarations"};
                    case 1 -> new String[] {"Warning: `" + var + "` variable has no type (terraform_typed_variables)",
                        "variable \"" + var + "\" {", "terraform_typed_variables"};
                    case 2 -> new String[] {"Warning: Missing version constraint for provider \"" + g.pick("aws", "random", "tls", "null")
                        + "\" in `required_providers` (terraform_required_providers)", "  " + g.pick("aws", "random", "tls", "null") + " = {",
                        "terraform_required_providers"};
                    case 3 -> new String[] {"Warning: terraform \"required_version\" attribute is required (terraform_required_version)",
                        "", "terraform_required_version"};
                    default -> new String[] {"Warning: Interpolation-only expressions are deprecated in Terraform v0.12.14"
                        + " (terraform_deprecated_interpolation)", "  " + var + " = \"${var." + var + "}\"", "terraform_deprecated_interpolation"};
                };
                issues.add(new String[] {issue[0], file, String.valueOf(line), issue[1], issue[2]});
            }
            if (m.equals("modules/rds")) {
                issues.add(new String[] {"Error: \"db.r6g.2xlarg\" is an invalid value as instance_class (aws_db_instance_invalid_type)",
                    "modules/rds/main.tf", "22", "  instance_class          = \"db.r6g.2xlarg\"", "aws_db_instance_invalid_type"});
            }
        }
        g.add(issues.size() + " issue(s) found:");
        g.add("");
        String rdsErr = null;
        List<String> rdsWarnings = new ArrayList<>();
        for (String[] is : issues) {
            g.add(is[0]);
            if (is[0].startsWith("Error:")) {
                rdsErr = is[0];
            } else if (is[1].startsWith("modules/rds/")) {
                rdsWarnings.add(is[0]);
            }
            g.add("");
            g.add("  on " + is[1] + " line " + is[2] + ":");
            if (!is[3].isEmpty()) {
                g.add(fmt("%4s: %s", is[2], is[3]));
            }
            g.add("");
            String ruleset = is[4].startsWith("aws_") ? "tflint-ruleset-aws/blob/v0.27.0" : "tflint-ruleset-terraform/blob/v0.5.0";
            g.add("Reference: https://github.com/terraform-linters/" + ruleset + "/docs/rules/" + is[4] + ".md");
            g.add("");
        }
        g.add("Error: Process completed with exit code 2.");
        String text = g.text();
        requireLines(g, 300, 1200);
        List<Needle> needles = new ArrayList<>(List.of(Needle.exact(payErr), Needle.exact(rdsErr),
                Needle.exact("  on modules/rds/main.tf line 22:")));
        if (!payOthers.isEmpty()) {
            needles.add(Needle.anyOf(payOthers));
        }
        requireCount(text, "  on modules/rds/main.tf line 22:", 1);
        return NeedleCase.named("fresh14_hadolint_tflint", "build", "hadolint-tflint")
                .shell("make lint-infra")
                .question("The lint-infra job fails. What's wrong in services/payments/Dockerfile and in the modules/rds Terraform module?"
                        + " I only care about what actually fails the job, plus anything else flagged in that Dockerfile.")
                .heldAside()
                .build(text, needles);
    }

    // ---------------------------------------------------------------- cargo tree

    private static final String CRATES = """
            tokio 1.41.1 : bytes libc mio parking_lot pin-project-lite signal-hook-registry socket2 tokio-macros
            tokio-macros 2.4.0 proc : proc-macro2 quote syn@2
            mio 1.0.2 : libc log
            parking_lot 0.12.3 : lock_api parking_lot_core
            lock_api 0.4.12 : scopeguard autocfg
            parking_lot_core 0.9.10 : cfg-if libc smallvec
            socket2 0.5.7 : libc
            signal-hook-registry 1.4.2 : libc
            proc-macro2 1.0.89 : unicode-ident
            quote 1.0.37 : proc-macro2
            syn@2 2.0.87 : proc-macro2 quote unicode-ident
            syn@1 1.0.109 : proc-macro2 quote unicode-ident
            axum 0.7.7 : async-trait axum-core bytes futures-util http http-body http-body-util hyper hyper-util itoa matchit memchr mime percent-encoding pin-project-lite serde serde_json serde_path_to_error serde_urlencoded sync_wrapper tokio tower tower-layer tower-service tracing
            async-trait 0.1.83 proc : proc-macro2 quote syn@2
            axum-core 0.4.5 : async-trait bytes futures-util http http-body http-body-util mime pin-project-lite sync_wrapper tower-layer tower-service tracing
            futures-util 0.3.31 : futures-core futures-io futures-macro futures-sink futures-task memchr pin-project-lite pin-utils slab
            futures-macro 0.3.31 proc : proc-macro2 quote syn@2
            slab 0.4.9 : autocfg
            http 1.1.0 : bytes fnv itoa
            http-body 1.0.1 : bytes http
            http-body-util 0.1.2 : bytes futures-util http http-body pin-project-lite
            hyper 1.5.0 : bytes futures-channel futures-util h2 http http-body httparse httpdate itoa pin-project-lite smallvec tokio want
            futures-channel 0.3.31 : futures-core futures-sink
            h2 0.4.6 : atomic-waker bytes fnv futures-core futures-sink http indexmap slab tokio tokio-util tracing
            indexmap 2.6.0 : equivalent hashbrown serde
            tokio-util 0.7.12 : bytes futures-core futures-sink pin-project-lite tokio
            want 0.3.1 : try-lock
            hyper-util 0.1.10 : bytes futures-channel futures-util http http-body hyper pin-project-lite socket2 tokio tower-service tracing
            tower 0.5.1 : futures-core futures-util pin-project-lite sync_wrapper tokio tower-layer tower-service tracing
            tracing 0.1.40 : log pin-project-lite tracing-attributes tracing-core
            tracing-attributes 0.1.27 proc : proc-macro2 quote syn@2
            tracing-core 0.1.32 : once_cell
            serde 1.0.214 : serde_derive
            serde_derive 1.0.214 proc : proc-macro2 quote syn@2
            serde_json 1.0.132 : itoa memchr ryu serde
            serde_path_to_error 0.1.16 : itoa serde
            serde_urlencoded 0.7.1 : form_urlencoded itoa ryu serde
            form_urlencoded 1.2.1 : percent-encoding
            sqlx 0.8.2 : sqlx-core sqlx-macros sqlx-postgres
            sqlx-core 0.8.2 : atoi byteorder bytes chrono crc crossbeam-queue either event-listener futures-core futures-intrusive futures-io futures-util hashbrown hashlink hex indexmap log memchr once_cell paste percent-encoding rustls rustls-pemfile serde serde_json sha2 smallvec sqlformat thiserror tokio tokio-stream tracing url uuid webpki-roots
            sqlx-macros 0.8.2 proc : proc-macro2 quote sqlx-core sqlx-macros-core syn@2
            sqlx-macros-core 0.8.2 : dotenvy either heck hex once_cell proc-macro2 quote serde serde_json sha2 sqlx-core sqlx-postgres syn@2 tempfile tokio url
            sqlx-postgres 0.8.2 : atoi base64 bitflags byteorder chrono crc dotenvy etcetera futures-channel futures-core futures-io futures-util hex hkdf hmac home itoa log md-5 memchr once_cell rand serde serde_json sha2 smallvec sqlx-core stringprep thiserror tracing uuid whoami
            atoi 2.0.0 : num-traits
            num-traits 0.2.19 : autocfg
            chrono 0.4.38 : iana-time-zone num-traits serde
            iana-time-zone 0.1.61 : cfg-if
            crc 3.2.1 : crc-catalog
            crossbeam-queue 0.3.11 : crossbeam-utils
            event-listener 5.3.1 : concurrent-queue parking pin-project-lite
            concurrent-queue 2.5.0 : crossbeam-utils
            futures-intrusive 0.5.0 : futures-core lock_api parking_lot
            hashlink 0.9.1 : hashbrown
            rustls 0.23.16 : log once_cell ring rustls-pki-types rustls-webpki subtle zeroize
            ring 0.17.8 : cfg-if getrandom spin untrusted cc
            getrandom 0.2.15 : cfg-if libc
            rustls-webpki 0.102.8 : ring rustls-pki-types untrusted
            rustls-pemfile 2.2.0 : rustls-pki-types
            sha2 0.10.8 : cfg-if cpufeatures digest
            digest 0.10.7 : block-buffer crypto-common subtle
            block-buffer 0.10.4 : generic-array
            crypto-common 0.1.6 : generic-array typenum
            generic-array 0.14.7 : typenum version_check
            sqlformat 0.2.6 : nom unicode_categories
            nom 7.1.3 : memchr minimal-lexical
            thiserror 1.0.66 : thiserror-impl
            thiserror-impl 1.0.66 proc : proc-macro2 quote syn@2
            tokio-stream 0.1.16 : futures-core pin-project-lite tokio
            url 2.5.2 : form_urlencoded idna percent-encoding serde
            idna 0.5.0 : unicode-bidi unicode-normalization
            unicode-normalization 0.1.24 : tinyvec
            tinyvec 1.8.0 : tinyvec_macros
            uuid 1.11.0 : getrandom serde
            webpki-roots 0.26.6 : rustls-pki-types
            tempfile 3.13.0 : cfg-if fastrand once_cell rustix
            rustix 0.38.38 : bitflags errno libc linux-raw-sys
            errno 0.3.9 : libc
            etcetera 0.8.0 : cfg-if home
            hkdf 0.12.4 : hmac
            hmac 0.12.1 : digest
            md-5 0.10.6 : cfg-if digest
            rand 0.8.5 : libc rand_chacha rand_core
            rand_chacha 0.3.1 : ppv-lite86 rand_core
            ppv-lite86 0.2.20 : zerocopy
            zerocopy 0.7.35 : byteorder zerocopy-derive
            zerocopy-derive 0.7.35 proc : proc-macro2 quote syn@2
            rand_core 0.6.4 : getrandom
            stringprep 0.1.5 : unicode-bidi unicode-normalization unicode-properties
            whoami 1.5.2 : redox_syscall wasite
            tracing-subscriber 0.3.18 : matchers nu-ansi-term once_cell regex serde serde_json sharded-slab smallvec thread_local tracing tracing-core tracing-log tracing-serde
            matchers 0.1.0 : regex-automata@0.1
            regex-automata@0.1 0.1.10 : regex-syntax@0.6
            nu-ansi-term 0.46.0 : overload winapi
            regex 1.11.1 : aho-corasick memchr regex-automata regex-syntax
            regex-automata 0.4.8 : aho-corasick memchr regex-syntax
            aho-corasick 1.1.3 : memchr
            sharded-slab 0.1.7 : lazy_static
            thread_local 1.1.8 : cfg-if once_cell
            tracing-log 0.2.0 : log once_cell tracing-core
            tracing-serde 0.1.3 : serde tracing-core
            derivative 2.2.0 proc : proc-macro2 quote syn@1
            num-derive 0.3.3 proc : proc-macro2 quote syn@1
            rust_decimal 1.36.0 : arrayvec borsh bytes num-traits rand serde serde_json
            borsh 1.5.1 : borsh-derive cfg_aliases
            borsh-derive 1.5.1 proc : once_cell proc-macro-crate proc-macro2 quote syn@2
            proc-macro-crate 3.2.0 : toml_edit
            toml_edit 0.22.22 : indexmap toml_datetime winnow
            config 0.14.1 : async-trait convert_case json5 nom pathdiff ron rust-ini serde serde_json toml yaml-rust2
            json5 0.4.1 : pest pest_derive serde
            pest 2.7.14 : memchr thiserror ucd-trie
            pest_derive 2.7.14 proc : pest pest_generator
            pest_generator 2.7.14 : pest pest_meta proc-macro2 quote syn@2
            pest_meta 2.7.14 : once_cell pest sha2
            ron 0.8.1 : base64 bitflags serde serde_derive
            rust-ini 0.20.0 : cfg-if ordered-multimap
            ordered-multimap 0.7.3 : dlv-list hashbrown
            dlv-list 0.5.2 : const-random
            const-random 0.1.18 : const-random-macro
            const-random-macro 0.1.16 proc : getrandom once_cell tiny-keccak
            toml 0.8.19 : serde serde_spanned toml_datetime toml_edit
            yaml-rust2 0.8.1 : arraydeque encoding_rs hashlink
            reqwest 0.12.9 : base64 bytes futures-core futures-util http http-body http-body-util hyper hyper-rustls hyper-util ipnet log mime once_cell percent-encoding pin-project-lite rustls rustls-pemfile serde serde_json serde_urlencoded sync_wrapper tokio tokio-rustls tower-service url webpki-roots
            hyper-rustls 0.27.3 : futures-util http hyper hyper-util rustls rustls-pki-types tokio tokio-rustls tower-service webpki-roots
            tokio-rustls 0.26.0 : rustls rustls-pki-types tokio
            anyhow 1.0.93 :
            clap 4.5.20 : clap_builder clap_derive
            clap_builder 4.5.20 : anstream anstyle clap_lex strsim
            anstream 0.6.17 : anstyle anstyle-parse anstyle-query colorchoice is_terminal_polyfill utf8parse
            anstyle-parse 0.2.6 : utf8parse
            clap_derive 4.5.18 proc : heck proc-macro2 quote syn@2
            jsonwebtoken 9.3.0 : base64 js-sys pem ring serde serde_json simple_asn1
            pem 3.0.4 : base64 serde
            simple_asn1 0.6.2 : num-bigint num-traits thiserror time
            num-bigint 0.4.6 : num-integer num-traits
            num-integer 0.1.46 : num-traits
            time 0.3.36 : deranged itoa num-conv powerfmt serde time-core time-macros
            deranged 0.3.11 : powerfmt serde
            time-macros 0.2.18 proc : num-conv time-core
            metrics 0.24.0 : ahash portable-atomic
            ahash 0.8.11 : cfg-if getrandom once_cell version_check zerocopy
            metrics-exporter-prometheus 0.16.0 : base64 http-body-util hyper hyper-util indexmap ipnet metrics metrics-util quanta thiserror tokio tracing
            metrics-util 0.18.0 : crossbeam-epoch crossbeam-utils hashbrown metrics quanta sketches-ddsketch
            crossbeam-epoch 0.9.18 : crossbeam-utils
            quanta 0.12.3 : crossbeam-utils libc once_cell raw-cpuid
            raw-cpuid 11.2.0 : bitflags
            modbus-proto 0.4.1 : byteorder derivative num-derive num-traits thiserror
            """;

    private record Crate(String name, String version, boolean procMacro, List<String> deps) {}

    private static void renderCargo(Gen g, Map<String, Crate> crates, String key, String prefix, boolean last, TreeSet<String> seen,
                                    List<String> out) {
        Crate c = crates.get(key);
        if (c == null) {
            throw new IllegalStateException("no crate " + key);
        }
        String label = c.name() + " v" + c.version() + (c.procMacro() ? " (proc-macro)" : "");
        boolean dup = !c.deps().isEmpty() && !seen.add(key);
        out.add(prefix + (last ? "└── " : "├── ") + label + (dup ? " (*)" : ""));
        if (dup) {
            return;
        }
        List<String> deps = new ArrayList<>(c.deps());
        deps.sort(Comparator.comparing((String d) -> crates.get(d).name()).thenComparing(d -> crates.get(d).version()));
        String childPrefix = prefix + (last ? "    " : "│   ");
        for (int i = 0; i < deps.size(); i++) {
            renderCargo(g, crates, deps.get(i), childPrefix, i == deps.size() - 1, seen, out);
        }
    }

    /**
     * cargo tree of a Rust service (axum, sqlx, tokio, reqwest, tracing, config and a Modbus protocol crate), with the
     * {@code (*)} marks cargo prints for subtrees already shown. Two versions of syn are compiled: everything modern uses
     * syn 2, but derivative and num-derive, pulled in by modbus-proto, still need syn 1 -- what the question asks.
     */
    static NeedleCase cargoTree() {
        Gen g = new Gen(170_009);
        Map<String, Crate> crates = new LinkedHashMap<>();
        for (String l : CRATES.strip().split("\n")) {
            String[] halves = l.strip().split(" :", 2);
            String[] head = halves[0].trim().split(" ");
            List<String> deps = new ArrayList<>();
            for (String d : halves[1].trim().split(" ")) {
                if (!d.isEmpty()) {
                    deps.add(d);
                }
            }
            String name = head[0].contains("@") ? head[0].substring(0, head[0].indexOf('@')) : head[0];
            crates.put(head[0], new Crate(name, head[1], head.length > 2, deps));
        }
        List<String> leaves = new ArrayList<>();
        for (Crate c : List.copyOf(crates.values())) {
            for (String d : c.deps()) {
                if (!crates.containsKey(d)) {
                    leaves.add(d);
                    int at = d.indexOf('@');
                    crates.put(d, at > 0 ? new Crate(d.substring(0, at), d.substring(at + 1) + "." + g.between(20, 40), false, List.of())
                            : new Crate(d, fmt("%d.%d.%d", g.chance(0.6) ? 0 : 1, g.between(1, 30), g.between(0, 20)), false, List.of()));
                }
            }
        }
        List<String> direct = List.of("anyhow", "axum", "chrono", "clap", "config", "jsonwebtoken", "metrics", "metrics-exporter-prometheus",
                "modbus-proto", "reqwest", "rust_decimal", "serde", "serde_json", "sqlx", "thiserror", "tokio", "tower", "tracing",
                "tracing-subscriber", "uuid");
        crates.put("@root", new Crate("plant-gateway", "0.7.3 (/home/runner/work/plant-gateway/plant-gateway)", false, direct));
        List<String> out = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        out.add("plant-gateway v0.7.3 (/home/runner/work/plant-gateway/plant-gateway)");
        List<String> sorted = new ArrayList<>(direct);
        sorted.sort(Comparator.naturalOrder());
        for (int i = 0; i < sorted.size(); i++) {
            renderCargo(g, crates, sorted.get(i), "", i == sorted.size() - 1, seen, out);
        }
        out.add("[dev-dependencies]");
        List<String> dev = List.of("tempfile", "tokio");
        for (int i = 0; i < dev.size(); i++) {
            renderCargo(g, crates, dev.get(i), "", i == dev.size() - 1, seen, out);
        }
        for (String l : out) {
            g.add(l);
        }
        String text = g.text();
        requireLines(g, 300, 3000);
        String syn1 = crates.get("syn@1").version();
        return NeedleCase.named("fresh14_cargo_tree", "listing", "cargo-tree")
                .shell("cargo tree")
                .question("Why does our build compile syn twice? Which of our dependencies still pull in syn 1.x, and through which of our"
                        + " direct dependencies?")
                .heldAside()
                .build(text, List.of(Needle.contains("syn v" + syn1), Needle.contains("derivative v2.2.0 (proc-macro)"),
                        Needle.contains("num-derive v0.3.3 (proc-macro)"), Needle.contains("modbus-proto v0.4.1")));
    }

    // ---------------------------------------------------------------- go mod graph

    /**
     * go mod graph of an ingestion service: a few thousand edges, every module version of the pruned graph with its
     * requirements, old pseudo-versions of golang.org/x/* everywhere. The kafka-go version the question names requires
     * a 2021 golang.org/x/net pseudo-version (the HTTP/2 and html parsing advisories) that nothing else requires.
     */
    static NeedleCase goModGraph() {
        Gen g = new Gen(170_010);
        String root = "github.com/acme/ingest";
        String[] pool = {"github.com/aws/aws-sdk-go-v2", "github.com/aws/aws-sdk-go-v2/config", "github.com/aws/aws-sdk-go-v2/service/s3",
            "github.com/aws/aws-sdk-go-v2/service/sqs", "github.com/aws/smithy-go", "github.com/beorn7/perks", "github.com/cespare/xxhash/v2",
            "github.com/davecgh/go-spew", "github.com/go-chi/chi/v5", "github.com/go-logr/logr", "github.com/go-logr/stdr",
            "github.com/gogo/protobuf", "github.com/golang/protobuf", "github.com/golang/snappy", "github.com/google/go-cmp",
            "github.com/google/uuid", "github.com/jackc/pgx/v5", "github.com/jackc/pgpassfile", "github.com/jackc/pgservicefile",
            "github.com/jackc/puddle/v2", "github.com/klauspost/compress", "github.com/kr/pretty", "github.com/kr/text",
            "github.com/pierrec/lz4/v4", "github.com/pmezard/go-difflib", "github.com/prometheus/client_golang",
            "github.com/prometheus/client_model", "github.com/prometheus/common", "github.com/prometheus/procfs", "github.com/rs/zerolog",
            "github.com/mattn/go-colorable", "github.com/mattn/go-isatty", "github.com/spf13/cobra", "github.com/spf13/pflag",
            "github.com/spf13/viper", "github.com/stretchr/objx", "github.com/stretchr/testify", "github.com/xdg-go/scram",
            "github.com/xdg-go/pbkdf2", "github.com/xdg-go/stringprep", "go.opentelemetry.io/otel", "go.opentelemetry.io/otel/trace",
            "go.opentelemetry.io/otel/metric", "go.opentelemetry.io/otel/sdk", "go.uber.org/atomic", "go.uber.org/multierr",
            "go.uber.org/zap", "golang.org/x/crypto", "golang.org/x/mod", "golang.org/x/net", "golang.org/x/sync", "golang.org/x/sys",
            "golang.org/x/term", "golang.org/x/text", "golang.org/x/tools", "golang.org/x/xerrors", "google.golang.org/genproto",
            "google.golang.org/grpc", "google.golang.org/protobuf", "gopkg.in/check.v1", "gopkg.in/yaml.v2", "gopkg.in/yaml.v3",
            "github.com/fsnotify/fsnotify", "github.com/hashicorp/hcl", "github.com/magiconair/properties", "github.com/mitchellh/mapstructure",
            "github.com/pelletier/go-toml/v2", "github.com/spf13/afero", "github.com/spf13/cast", "github.com/subosito/gotenv",
            "github.com/segmentio/kafka-go", "github.com/twmb/franz-go", "github.com/redis/go-redis/v9", "github.com/dgryski/go-rendezvous"};
        String vulnNet = "golang.org/x/net@v0.0.0-20210226172049-e18ecbb05110";
        TreeMap<String, List<String>> versions = new TreeMap<>();
        for (String m : pool) {
            List<String> vs = new ArrayList<>();
            int n = m.startsWith("golang.org/x/") ? g.between(8, 16) : g.between(1, 5);
            for (int i = 0; i < n; i++) {
                String v = m.startsWith("golang.org/x/") && g.chance(0.6)
                        ? fmt("v0.0.0-20%02d%02d%02d%02d%02d%02d-%s", g.between(18, 23), g.between(1, 12), g.between(1, 28), g.between(0, 23),
                        g.between(0, 59), g.between(0, 59), g.hex(12))
                        : fmt("v%d.%d.%d", m.matches(".*/v[0-9]$") ? Integer.parseInt(m.substring(m.length() - 1)) : g.between(0, 1),
                        g.between(0, 40), g.between(0, 12));
                if (!(m + "@" + v).equals(vulnNet) && !vs.contains(v)) {
                    vs.add(v);
                }
            }
            versions.put(m, vs);
        }
        String kafka = "github.com/segmentio/kafka-go@v0.4.28";
        versions.get("github.com/segmentio/kafka-go").removeIf(v -> v.equals("v0.4.28"));
        TreeMap<String, TreeSet<String>> graph = new TreeMap<>();
        List<String> nodes = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : versions.entrySet()) {
            for (String v : e.getValue()) {
                nodes.add(e.getKey() + "@" + v);
            }
        }
        nodes.add(kafka);
        for (String node : nodes) {
            String mod = node.substring(0, node.indexOf('@'));
            TreeSet<String> deps = new TreeSet<>();
            int n = mod.startsWith("golang.org/x/") || mod.startsWith("gopkg.in/") ? g.between(0, 4) : g.between(2, 14);
            for (int i = 0; i < n; i++) {
                String dm = g.pick(pool);
                if (dm.equals(mod) || dm.equals("github.com/segmentio/kafka-go")) {
                    continue;
                }
                deps.add(dm + "@" + g.pick(versions.get(dm)));
            }
            if (node.equals(kafka)) {
                deps.removeIf(d -> d.startsWith("golang.org/x/net@"));
                deps.add(vulnNet);
                deps.add("github.com/klauspost/compress@v1.15.9");
                deps.add("github.com/pierrec/lz4/v4@v4.1.15");
                deps.add("github.com/xdg-go/scram@v1.0.2");
            }
            graph.put(node, deps);
        }
        TreeSet<String> direct = new TreeSet<>();
        direct.add("go@1.22.5");
        direct.add("toolchain@go1.22.5");
        direct.add(kafka);
        for (String m : pool) {
            if (!m.startsWith("golang.org/x/") && !m.equals("github.com/segmentio/kafka-go") && g.chance(0.45)) {
                List<String> vs = versions.get(m);
                direct.add(m + "@" + vs.get(vs.size() - 1));
            }
        }
        for (String d : direct) {
            g.add(root + " " + d);
        }
        List<String> kafkaOthers = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> e : graph.entrySet()) {
            for (String d : e.getValue()) {
                String line = e.getKey() + " " + d;
                g.add(line);
                if (e.getKey().equals(kafka) && !d.equals(vulnNet)) {
                    kafkaOthers.add(line);
                }
            }
        }
        for (String v : List.of("go@1.22.5 toolchain@go1.22.5")) {
            g.add(v);
        }
        String text = g.text();
        requireLines(g, 1000, 3000);
        requireCount(text, vulnNet, 1);
        return NeedleCase.named("fresh14_go_mod_graph", "listing", "go-mod-graph")
                .shell("go mod graph")
                .question("Does github.com/segmentio/kafka-go@v0.4.28 pull a vulnerable golang.org/x/net into our build? govulncheck flags old"
                        + " x/net versions; which version does it require, and do we require kafka-go directly?")
                .heldAside()
                .build(text, List.of(Needle.exact(kafka + " " + vulnNet), Needle.exact(root + " " + kafka), Needle.anyOf(kafkaOthers)));
    }

    // ---------------------------------------------------------------- helm lint + kubeconform

    /**
     * helm lint over 36 charts (INFO and a few WARNING lines, all passing), then kubeconform -summary -verbose over the
     * rendered manifests: a line per resource (valid or skipped CRD instance), one invalid Deployment of the payments chart
     * with its schema error, one resource whose schema is missing, and the summary line.
     */
    static NeedleCase helmKubeconform() {
        Gen g = new Gen(170_011);
        String[] charts = {"api", "web", "worker", "scheduler", "payments", "notifications", "search", "auth", "gateway", "reports",
            "billing", "ingest", "media", "webhooks", "admin", "common-jobs", "catalog", "pricing", "inventory", "shipping", "loyalty",
            "checkout", "invoices", "exports", "feature-flags", "audit", "geo", "ledger", "mailer", "imports"};
        g.add("$ helm lint charts/*");
        for (String c : charts) {
            g.add("==> Linting charts/" + c);
            g.add("[INFO] Chart.yaml: icon is recommended");
            if (g.chance(0.25)) {
                g.add("[WARNING] templates/" + g.pick("hpa.yaml", "ingress.yaml", "pdb.yaml") + ": " + g.pick(
                        "autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2"
                                + " HorizontalPodAutoscaler",
                        "policy/v1beta1 PodDisruptionBudget is deprecated in v1.21+, unavailable in v1.25+; use policy/v1 PodDisruptionBudget"));
            }
            if (g.chance(0.3)) {
                g.add("[INFO] values.yaml: file does not exist");
            }
            g.add("");
        }
        g.add(charts.length + " chart(s) linted, 0 chart(s) failed");
        g.add("$ kubeconform -summary -verbose -strict -kubernetes-version 1.29.4 -schema-location default"
                + " -schema-location 'https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json'"
                + " rendered/");
        String invalid = "rendered/payments/templates/deployment.yaml - Deployment payments-api is invalid: problem validating schema. Check"
                + " JSON formatting: jsonschema: '/spec/template/spec/containers/0/resources/limits/memory' does not validate with"
                + " https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/v1.29.4-standalone-strict/deployment-apps-v1.json"
                + "#/properties/spec/properties/template/properties/spec/properties/containers/items/properties/resources/properties/limits"
                + "/additionalProperties/oneOf: oneOf failed";
        String missing = "rendered/reports/templates/servicemonitor.yaml - ServiceMonitor reports failed validation: could not find schema for"
                + " ServiceMonitor";
        int files = 0;
        int resources = 0;
        int valid = 0;
        int skipped = 0;
        for (String c : charts) {
            List<String[]> res = new ArrayList<>();
            res.add(new String[] {"deployment.yaml", "Deployment", c.equals("payments") ? "payments-api" : c});
            res.add(new String[] {"service.yaml", "Service", c});
            res.add(new String[] {"serviceaccount.yaml", "ServiceAccount", c});
            res.add(new String[] {"configmap.yaml", "ConfigMap", c + "-config"});
            if (g.chance(0.7)) {
                res.add(new String[] {"hpa.yaml", "HorizontalPodAutoscaler", c});
            }
            if (g.chance(0.6)) {
                res.add(new String[] {"pdb.yaml", "PodDisruptionBudget", c});
            }
            if (g.chance(0.5)) {
                res.add(new String[] {"ingress.yaml", "Ingress", c});
            }
            if (g.chance(0.5)) {
                res.add(new String[] {"externalsecret.yaml", "ExternalSecret", c + "-secrets"});
            }
            if (c.equals("reports") || g.chance(0.4)) {
                res.add(new String[] {"servicemonitor.yaml", "ServiceMonitor", c});
            }
            if (g.chance(0.4)) {
                res.add(new String[] {"networkpolicy.yaml", "NetworkPolicy", c});
            }
            int cronJobs = g.between(0, 6);
            for (int k = 0; k < cronJobs; k++) {
                res.add(new String[] {"cronjob-" + k + ".yaml", "CronJob", c + "-" + g.pick("cleanup", "sync", "report", "reindex", "backup")
                    + "-" + k});
            }
            if (g.chance(0.5)) {
                res.add(new String[] {"role.yaml", "Role", c});
                res.add(new String[] {"role.yaml", "RoleBinding", c});
            }
            String lastFile = "";
            for (String[] r : res) {
                String path = "rendered/" + c + "/templates/" + r[0];
                if (!path.equals(lastFile)) {
                    files++;
                    lastFile = path;
                }
                resources++;
                String line = path + " - " + r[1] + " " + r[2];
                if (c.equals("payments") && r[1].equals("Deployment")) {
                    g.add(invalid);
                } else if (c.equals("reports") && r[1].equals("ServiceMonitor")) {
                    g.add(missing);
                } else if (r[1].equals("ExternalSecret")) {
                    g.add(line + " skipped");
                    skipped++;
                } else {
                    g.add(line + " is valid");
                    valid++;
                }
            }
        }
        String summary = fmt("Summary: %d resources found in %d files - Valid: %d, Invalid: 1, Errors: 1, Skipped: %d", resources, files, valid,
                skipped);
        g.add(summary);
        String text = g.text();
        requireLines(g, 150, 900);
        requireCount(text, "is invalid", 1);
        return NeedleCase.named("fresh14_helm_kubeconform", "build", "helm-lint-kubeconform")
                .shell("make validate-charts")
                .question("validate-charts fails on my branch; helm lint looks fine. Which rendered manifest does kubeconform reject, and why?")
                .heldAside()
                .build(text, List.of(Needle.exact(invalid), Needle.exact(missing), Needle.exact(summary)));
    }

    // ---------------------------------------------------------------- composer update -vvv

    /**
     * composer update -vvv after bumping laravel/framework to ^11.0 on a CI image with PHP 8.1: hundreds of repository
     * metadata downloads and cache reads, then the resolver's failure: Laravel 11 needs PHP 8.2, and an old
     * spatie/laravel-ignition pinned in require-dev only allows illuminate/support up to 10.
     */
    static NeedleCase composerConflict() {
        Gen g = new Gen(170_012);
        g.add("Reading ./composer.json (/builds/shop/backend/composer.json)");
        g.add("Loading config file ./composer.json (/builds/shop/backend/composer.json)");
        g.add("Checked CA file /etc/ssl/certs/ca-certificates.crt: valid");
        g.add("Executing command (/builds/shop/backend): git branch -a --no-color --no-abbrev -v");
        g.add("Executing command (/builds/shop/backend): git describe --exact-match --tags");
        g.add("Executing command (CWD): git --version");
        g.add("Executing command (/builds/shop/backend): git log --pretty=\"%H\" -n1 HEAD --no-show-signature");
        g.add("Executing command (/builds/shop/backend): hg branch");
        g.add("Executing command (/builds/shop/backend): fossil branch list");
        g.add("Executing command (/builds/shop/backend): svn info --xml");
        g.add("Reading /root/.composer/composer.json");
        g.add("Loading config file /root/.composer/composer.json");
        g.add("Reading /root/.composer/auth.json");
        g.add("Loading config file /root/.composer/auth.json");
        g.add("Reading /builds/shop/backend/vendor/composer/installed.json");
        g.add("Running 2.8.3 (2024-11-17 13:13:04) with PHP 8.1.31 on Linux / 6.8.0-1019-aws");
        g.add("Loading composer repositories with package information");
        g.add("Downloading https://repo.packagist.org/packages.json");
        g.add("[200] https://repo.packagist.org/packages.json");
        g.add("Writing /root/.cache/composer/repo/https---repo.packagist.org/packages.json into cache");
        g.add("Updating dependencies");
        String[] vendors = {"laravel", "illuminate", "symfony", "doctrine", "guzzlehttp", "league", "monolog", "nesbot", "psr", "ramsey",
            "spatie", "nunomaduro", "phpunit", "sebastian", "mockery", "fakerphp", "vlucas", "egulias", "dragonmantank", "brick",
            "graham-campbell", "phpoption", "nette", "ralouphie", "voku", "tijsverkoyen", "fruitcake", "dflydev", "webmozart", "theseer"};
        String[] names = {"framework", "console", "http-kernel", "http-foundation", "routing", "mailer", "mime", "process", "finder",
            "var-dumper", "error-handler", "event-dispatcher", "string", "translation", "uid", "css-selector", "polyfill-mbstring",
            "polyfill-php83", "polyfill-intl-idn", "polyfill-ctype", "inflector", "lexer", "dbal", "guzzle", "psr7", "promises",
            "flysystem", "commonmark", "config", "uri", "monolog", "carbon", "log", "container", "http-message", "simple-cache",
            "collection", "uuid", "laravel-ignition", "ignition", "flare-client-php", "backtrace", "collision", "termwind",
            "phpunit", "php-code-coverage", "comparator", "diff", "exporter", "mockery", "faker", "phpdotenv", "email-validator",
            "cron-expression", "math", "result-type", "php-option", "schema", "utils", "str_putcsv", "css-to-inline-styles", "cors",
            "dot-access-data", "assert", "tokenizer", "sanctum", "tinker", "prompts", "serializable-closure", "pint", "sail"};
        TreeSet<String> pkgs = new TreeSet<>();
        while (pkgs.size() < 240) {
            pkgs.add(g.pick(vendors) + "/" + g.pick(names));
        }
        pkgs.add("laravel/framework");
        pkgs.add("spatie/laravel-ignition");
        for (String p : pkgs) {
            String url = "https://repo.packagist.org/p2/" + p + ".json";
            String cache = "/root/.cache/composer/repo/https---repo.packagist.org/provider-" + p.replace("/", "~") + ".json";
            if (g.chance(0.55)) {
                g.add("Reading " + cache + " from cache");
                g.add("Downloading " + url + " if modified");
                g.add("[304] " + url);
            } else {
                g.add("Downloading " + url);
                g.add("[200] " + url);
                g.add("Writing " + cache + " into cache");
            }
            if (g.chance(0.15)) {
                String dev = url.replace(".json", "~dev.json");
                g.add("Downloading " + dev);
                g.add("[200] " + dev);
            }
        }
        g.add("Resolving dependencies through SAT");
        g.add(fmt("Looking at all rules."));
        g.add("");
        g.add(fmt("Dependency resolution completed in %.3f seconds", 0.2 + g.nextDouble()));
        g.add("Analyzed 18421 packages to resolve dependencies");
        g.add("Analyzed 612874 rules to resolve dependencies");
        g.add("Your requirements could not be resolved to an installable set of packages.");
        g.add("");
        g.add("  Problem 1");
        String p1a = "    - Root composer.json requires laravel/framework ^11.0 -> satisfiable by laravel/framework[v11.0.0, ..., v11.34.2].";
        String p1b = "    - laravel/framework[v11.0.0, ..., v11.34.2] require php ^8.2 -> your php version (8.1.31) does not satisfy that"
                + " requirement.";
        g.add(p1a);
        g.add(p1b);
        g.add("  Problem 2");
        String p2a = "    - Root composer.json requires spatie/laravel-ignition ^1.6 -> satisfiable by spatie/laravel-ignition[1.6.0, ..., 1.7.0].";
        String p2b = "    - spatie/laravel-ignition[1.6.0, ..., 1.7.0] require illuminate/support ^8.77|^9.27|^10.0 -> satisfiable by"
                + " illuminate/support[v8.77.0, ..., v8.83.27, v9.27.0, ..., v9.52.16, v10.0.0, ..., v10.48.24].";
        String p2c = "    - Only one of these can be installed: illuminate/support[v8.77.0, ..., v8.83.27, v9.27.0, ..., v9.52.16, v10.0.0, ...,"
                + " v10.48.24], laravel/framework[v11.0.0, ..., v11.34.2]. laravel/framework replaces illuminate/support and thus cannot"
                + " coexist with it.";
        g.add(p2a);
        g.add(p2b);
        g.add(p2c);
        g.add("");
        g.add("Running update with --no-dev does not mean require-dev is ignored, it just means the packages will not be installed. If dev"
                + " requirements are blocking the update you have to resolve those problems.");
        g.add("");
        g.add("Installation failed, reverting ./composer.json and ./composer.lock to their original content.");
        String text = g.text();
        requireLines(g, 500, 1500);
        return NeedleCase.named("fresh14_composer_conflict", "build", "composer-update-vvv")
                .shell("composer update --with-all-dependencies -vvv")
                .question("I bumped laravel/framework to ^11.0 in composer.json and the CI composer step fails. What exactly blocks the"
                        + " upgrade?")
                .heldAside()
                .build(text, List.of(Needle.exact("Your requirements could not be resolved to an installable set of packages."),
                        Needle.exact(p1b), Needle.exact(p2b), Needle.exact(p2c)));
    }
}
