package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.util.ArrayList;
import java.util.List;

/** Generated listings: ps aux and ls -l. */
final class ListingCases {

    private ListingCases() {}

    /** ps aux of a busy host: 1,200 processes, one zombie, one process at 98% CPU. */
    static NeedleCase psAux() {
        Gen g = new Gen(7001);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"USER", "PID", "%CPU", "%MEM", "VSZ", "RSS", "TTY", "STAT", "START", "TIME", "COMMAND"});
        String[][] cmds = {
            {"www-data", "php-fpm: pool www"}, {"postgres", "postgres: 15/main: app shop 10.0.1.%d(%d) idle"},
            {"root", "[kworker/%d:%d-events]"}, {"root", "/usr/sbin/sshd -D"}, {"deploy", "node /srv/app/server.js --port %d"},
            {"root", "/usr/bin/containerd-shim-runc-v2 -namespace moby -id %s"}, {"nobody", "/usr/bin/memcached -m 64 -p 11211 -u nobody"},
            {"root", "[ksoftirqd/%d]"}, {"deploy", "python3 -m celery -A jobs worker -c %d"},
        };
        int zombie = 700;
        int hot = 912;
        for (int i = 0; i < 1_200; i++) {
            int pid = 300 + i * 7 + g.nextInt(7);
            String[] c = cmds[g.nextInt(cmds.length)];
            String cmd = c[1].replace("%s", g.hex(64)).replaceFirst("%d", Integer.toString(g.between(1, 250))).replace("%d", Integer.toString(g.between(3, 9000)));
            String cpu = fmt("%.1f", g.nextDouble() * 2);
            String stat = g.pick("S", "Ss", "S<", "Sl", "I<", "R+");
            String user = c[0];
            if (i == zombie) {
                user = "deploy";
                cmd = "[python3] <defunct>";
                stat = "Z";
                cpu = "0.0";
            } else if (i == hot) {
                user = "deploy";
                cmd = "/usr/bin/ffmpeg -i /srv/uploads/raw/7781.mov -c:v libx264 -preset slow /srv/uploads/out/7781.mp4";
                cpu = "98.7";
                stat = "R";
            }
            rows.add(new String[] {user, Integer.toString(pid), cpu, fmt("%.1f", g.nextDouble() * 3), Integer.toString(g.between(0, 3_000_000)),
                Integer.toString(g.between(0, 900_000)), g.chance(0.05) ? "pts/0" : "?", stat, fmt("%02d:%02d", g.nextInt(24), g.nextInt(60)),
                fmt("%d:%02d", g.nextInt(300), g.nextInt(60)), cmd});
        }
        List<String> lines = Columns.render(rows, 1);
        return NeedleCase.named("ps_aux_zombie_hot", "listing", "ps-aux")
                .shell("ps aux")
                .question("the box is slow; what is eating CPU, and is anything stuck?")
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(zombie + 1)), Needle.exact(lines.get(hot + 1))));
    }

    /** ls -l of an upload directory with 1,500 files; the question names one; one world-writable file. */
    static NeedleCase lsLong() {
        Gen g = new Gen(7002);
        List<String> lines = new ArrayList<>();
        lines.add("total 1843220");
        List<Needle> needles = new ArrayList<>();
        String[] months = {"Nov", "Dec"};
        for (int i = 0; i < 1_500; i++) {
            String name = fmt("%s-%04d-%s.%s", g.pick("invoice", "receipt", "scan", "statement"), i, g.hex(6), g.pick("pdf", "pdf", "png", "csv"));
            String perm = "-rw-r--r--";
            String owner = "app      app     ";
            if (i == 1_003) {
                perm = "-rwxrwxrwx";
            }
            if (i == 640) {
                name = "statement-0640-2026Q3-final.pdf";
            }
            String line = fmt("%s 1 %s %9d %s %2d %02d:%02d %s", perm, owner, g.between(800, 4_000_000), g.pick(months), g.between(1, 30), g.nextInt(24), g.nextInt(60), name);
            lines.add(line);
            if (i == 1_003 || i == 640) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("ls_l_uploads", "listing", "ls-l")
                .shell("ls -l /srv/uploads/2026")
                .question("How big is statement-0640-2026Q3-final.pdf, and are any files world-writable?")
                .build(String.join("\n", lines) + "\n", needles);
    }
}
