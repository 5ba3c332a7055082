package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Generated web server logs: nginx and Apache access logs (combined format) and the Apache error log. */
final class WebLogCases {

    private WebLogCases() {}

    static final String[] AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "curl/8.5.0", "python-requests/2.32.3", "Go-http-client/1.1", "kube-probe/1.31",
        "Prometheus/2.54.1", "okhttp/4.12.0", "Apache-HttpClient/5.3.1 (Java/17.0.12)",
    };

    private static final String[] PATHS = {
        "/", "/index.html", "/favicon.ico", "/robots.txt", "/login", "/logout", "/account", "/account/orders",
        "/api/v1/products", "/api/v1/products/%d", "/api/v1/cart", "/api/v1/cart/items", "/api/v1/search?q=%s",
        "/api/v1/users/%d", "/api/v1/users/%d/addresses", "/static/js/app.%s.js", "/static/css/main.%s.css",
        "/static/img/product-%d.webp", "/healthz", "/metrics", "/blog/%s", "/docs/getting-started",
        "/api/v2/recommendations?user=%d", "/api/v1/inventory/%d", "/sitemap.xml", "/wp-login.php",
    };

    private static final String[] WORDS = {"shoes", "lamp", "desk", "coffee", "kettle", "chair", "tent", "boots",
        "jacket", "camera", "headphones", "monitor", "keyboard", "router", "backpack"};

    static String path(Gen g) {
        String p = g.pick(PATHS);
        if (p.contains("%d")) {
            return p.replace("%d", Integer.toString(g.between(1, 99_999)));
        }
        if (p.contains("%s")) {
            return p.replace("%s", p.startsWith("/static") ? g.hex(8) : g.pick(WORDS));
        }
        return p;
    }

    static int okStatus(Gen g, String path) {
        int w = g.weighted(80, 6, 8, 5, 1);
        return switch (w) {
            case 0 -> path.startsWith("/api") && g.chance(0.05) ? 201 : 200;
            case 1 -> 301;
            case 2 -> 304;
            case 3 -> 404;
            default -> g.pick(400, 401, 403);
        };
    }

    static String method(Gen g, String path) {
        if (path.startsWith("/api/v1/cart") || path.equals("/login")) {
            return g.pick("GET", "POST", "POST", "DELETE");
        }
        return g.chance(0.97) ? "GET" : "HEAD";
    }

    static String combined(Gen g, String ip, String time, String method, String path, int status, String referer) {
        int bytes = status == 304 || status == 301 ? 0 : g.between(120, 48_000);
        String user = g.chance(0.03) ? "api-" + g.between(1, 9) : "-";
        return fmt("%s - %s [%s] \"%s %s HTTP/1.1\" %d %d \"%s\" \"%s\"", ip, user, time, method, path, status,
                bytes, referer, g.pick(AGENTS));
    }

    private static String referer(Gen g, String host) {
        return g.chance(0.6) ? "-" : "https://" + host + g.pick("/", "/account", "/blog/" + g.pick(WORDS), "/search");
    }

    /** 3,000 nginx lines with one 502 from the upstream. */
    static NeedleCase nginx502() {
        Gen g = new Gen(1001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 5, 6, 25, 0), 900);
        List<String> ips = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            ips.add(g.ip());
        }
        int rare = 1_877;
        String needle = null;
        for (int i = 0; i < 3_000; i++) {
            String time = clock.next(Stamps.NGINX);
            if (i == rare) {
                needle = fmt("%s - - [%s] \"POST /api/v1/cart/items HTTP/1.1\" 502 157 \"https://shop.example.com/account\" \"%s\"",
                        g.pick(ips), time, AGENTS[0]);
                g.add(needle);
                continue;
            }
            String path = path(g);
            g.add(combined(g, g.pick(ips), time, method(g, path), path, okStatus(g, path), referer(g, "shop.example.com")));
        }
        return NeedleCase.named("nginx_access_502", "log", "nginx-access")
                .shell("tail -n 3000 /var/log/nginx/access.log")
                .build(g.text(), List.of(Needle.exact(needle)));
    }

    /** 4,000 nginx lines from two vhosts; the checkout endpoint fails twice (504 then 503). */
    static NeedleCase nginxCheckoutErrors() {
        Gen g = new Gen(1002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 13, 0, 0), 700);
        List<String> needles = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            String time = clock.next(Stamps.NGINX);
            if (i == 2_410) {
                String l = fmt("%s - - [%s] \"POST /checkout/confirm HTTP/2.0\" 504 167 \"https://www.example.net/checkout\" \"%s\"",
                        g.ip(), time, AGENTS[3]);
                needles.add(l);
                g.add(l);
            } else if (i == 3_555) {
                String l = fmt("%s - - [%s] \"GET /checkout/payment-methods HTTP/2.0\" 503 197 \"https://www.example.net/checkout\" \"%s\"",
                        g.ip(), time, AGENTS[1]);
                needles.add(l);
                g.add(l);
            } else {
                String path = g.chance(0.05) ? g.pick("/checkout", "/checkout/cart", "/checkout/address") : path(g);
                String host = g.chance(0.5) ? "www.example.net" : "static.example.net";
                g.add(combined(g, g.ip(), time, method(g, path), path, okStatus(g, path), referer(g, host)));
            }
        }
        return NeedleCase.named("nginx_access_checkout_5xx", "log", "nginx-access")
                .shell("cat /var/log/nginx/access.log")
                .question("Customers say checkout sometimes fails. Anything in the access log?")
                .heldAside()
                .build(g.text(), needles.stream().map(Needle::exact).toList());
    }

    /** 2,500 Apache combined-format lines (vhost prefix, as with %v) with one 500 on an admin page. */
    static NeedleCase apacheAccess() {
        Gen g = new Gen(1003);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 0, 0, 0), 20_000);
        String needle = null;
        for (int i = 0; i < 2_500; i++) {
            String time = clock.next(Stamps.NGINX);
            String vhost = g.pick("intranet.example.org:443", "wiki.example.org:443", "intranet.example.org:80");
            if (i == 960) {
                needle = fmt("wiki.example.org:443 %s - jsmith [%s] \"POST /wiki/index.php?title=Special:Import&action=submit HTTP/1.1\" 500 612 \"https://wiki.example.org/wiki/Special:Import\" \"%s\"",
                        g.privateIp(), time, AGENTS[2]);
                g.add(needle);
                continue;
            }
            String path = g.chance(0.5) ? "/wiki/index.php?title=" + g.pick("Main_Page", "Onboarding", "VPN", "Payroll_FAQ", "Release_" + g.between(1, 60)) : path(g);
            g.add(vhost + " " + combined(g, g.privateIp(), time, method(g, path), path, okStatus(g, path), referer(g, "wiki.example.org")));
        }
        return NeedleCase.named("apache_access_500", "log", "apache-access")
                .shell("tail -n 2500 /var/log/apache2/other_vhosts_access.log")
                .question("did the server return any errors today?")
                .build(g.text(), List.of(Needle.exact(needle)));
    }

    /** An Apache 2.4 error log: notices, info and trace noise, one proxy error and one segfaulting child. */
    static NeedleCase apacheError() {
        Gen g = new Gen(1004);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 3, 10, 0), 30_000);
        List<String> needles = new ArrayList<>();
        List<String> readFailed = new ArrayList<>();
        for (int i = 0; i < 1_800; i++) {
            String t = clock.next(Stamps.APACHE_ERROR);
            int pid = g.between(1200, 1800);
            String client = g.privateIp() + ":" + g.between(30_000, 65_000);
            if (i == 700) {
                String l = fmt("[%s] [proxy_http:error] [pid %d:tid %d] (70007)The timeout specified has expired: [client %s] AH01102: error reading status line from remote server 127.0.0.1:8080, referer: https://intranet.example.org/reports",
                        t, pid, 140_000_000_000_000L + g.nextInt(1_000_000), client);
                needles.add(l);
                g.add(l);
            } else if (i == 1_420) {
                String l = fmt("[%s] [core:notice] [pid 1187:tid 140233468917632] AH00052: child pid 1642 exit signal Segmentation fault (11)", t);
                needles.add(l);
                g.add(l);
            } else {
                int w = g.weighted(30, 25, 20, 15, 10);
                String line = switch (w) {
                    case 0 -> fmt("[%s] [ssl:info] [pid %d:tid %d] [client %s] AH01964: Connection to child %d established (server intranet.example.org:443)",
                            t, pid, 140_000_000_000_000L + g.nextInt(1_000_000), client, g.between(0, 150));
                    case 1 -> fmt("[%s] [ssl:info] [pid %d:tid %d] (70014)End of file found: [client %s] AH01991: SSL input filter read failed.",
                            t, pid, 140_000_000_000_000L + g.nextInt(1_000_000), client);
                    case 2 -> fmt("[%s] [authz_core:debug] [pid %d:tid %d] mod_authz_core.c(815): [client %s] AH01626: authorization result of Require all granted: granted",
                            t, pid, 140_000_000_000_000L + g.nextInt(1_000_000), client);
                    case 3 -> fmt("[%s] [mpm_event:info] [pid 1187:tid 140233468917632] AH00486: server seems busy, (you may need to increase StartServers, ThreadsPerChild or Min/MaxSpareThreads), spawning %d children, there are around %d idle threads each",
                            t, g.pick(8, 16, 32), g.between(0, 12));
                    default -> fmt("[%s] [core:info] [pid %d:tid %d] [client %s] AH00128: File does not exist: /var/www/html/%s",
                            t, pid, 140_000_000_000_000L + g.nextInt(1_000_000), client, g.pick("favicon.ico", "apple-touch-icon.png", "wp-login.php", ".env", "robots.txt"));
                };
                if (w == 1) {
                    readFailed.add(line);
                }
                g.add(line);
            }
        }
        List<Needle> rules = new ArrayList<>(needles.stream().map(Needle::exact).toList());
        // "failed" at info level is noise to a person, but it is a repeated failure template: one representative
        rules.add(Needle.anyOf(readFailed));
        return NeedleCase.named("apache_error_proxy_segfault", "log", "apache-error")
                .shell("tail -n 1800 /var/log/apache2/error.log")
                .question("The reports page hung this morning, what does the error log say?")
                .build(g.text(), rules);
    }
}
