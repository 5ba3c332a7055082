package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Inputs.requireSize;
import static dev.headroom.benchmarks.needles.Inputs.mixed;
import static dev.headroom.benchmarks.needles.JsonTree.arr;
import static dev.headroom.benchmarks.needles.JsonTree.compact;
import static dev.headroom.benchmarks.needles.JsonTree.obj;
import static dev.headroom.benchmarks.needles.JsonTree.pretty;
import static dev.headroom.benchmarks.needles.JsonTree.sorted;

import dev.headroom.benchmarks.needles.JsonTree.Raw;
import static dev.headroom.benchmarks.needles.Gen.fmt;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Inputs.requireLines;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The eighteenth held-aside batch ({@code fresh17_*}), written on 2026-12-07 (session 11), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. JSON API responses, JSON Lines logs and application logs none of the other cases has: a
 * Terraform plan as JSON ({@code terraform show -json | jq .resource_changes}: one replaced database, one deleted
 * bucket among tag updates), Kafka Connect's {@code /connectors?expand=status&expand=info} (a failed sink task, a paused
 * source, an unassigned task), Consul's {@code /v1/health/state/any} (one critical service check, a node in maintenance,
 * one warning), a Loki {@code query_range} response (one order's payment retries in logfmt lines), {@code journalctl -o
 * json} of a database host (a nightly backup that runs out of disk), Suricata's {@code eve.json} (one host beaconing to a
 * C2 domain among flows, DNS and low-severity alerts), pino JSON of a Fastify service (one user's avatar uploads failing),
 * ECS JSON of a Spring Boot service (one warehouse's stock sync failing on an expired token), a gunicorn log (report
 * exports killed by the worker timeout), a PgBouncer log (the pool exhausted: query_wait_timeout, then max_client_conn), an
 * Exim main log (one password-reset mail greylisted, then bounced) and an Elasticsearch server log (a data node past the
 * flood-stage watermark turns the cluster red). Never tuned on: reported as their own set {@code fresh-17}, refused by
 * {@code --case}.
 */
final class FreshCases17 {

    private FreshCases17() {}

    static List<NeedleCase> all() {
        return List.of(terraformPlanJson(), kafkaConnectStatus(), consulHealthState(), lokiQueryRange(), journalctlJson(), suricataEve(),
                pinoJson(), ecsJson(), gunicornLog(), pgbouncerLog(), eximMainlog(), elasticsearchServerLog());
    }

    // ---------------------------------------------------------------- checks and small helpers

    /** The line count of a text built in one piece (a pretty-printed JSON document). */
    private static void requireLineCount(String text, int min, int max) {
        long n = text.chars().filter(c -> c == '\n').count();
        if (n < min || n > max) {
            throw new IllegalStateException("line count " + n + " outside " + min + ".." + max);
        }
    }

    private static long epochMillis(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1000 + t.getNano() / 1_000_000;
    }

    private static long epochMicros(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + t.getNano() / 1000;
    }

    private static long epochNanos(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + t.getNano();
    }

    private static LocalDateTime plusMillis(LocalDateTime t, long millis) {
        return t.plusNanos(millis * 1_000_000L);
    }

    private static final DateTimeFormatter MILLI_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
    private static final DateTimeFormatter MICRO_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+0000'", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter GUNICORN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000'", Locale.ROOT);
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss '+0000'", Locale.ROOT);
    private static final DateTimeFormatter PGB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT);
    private static final DateTimeFormatter ES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss,SSS", Locale.ROOT);

    // ---------------------------------------------------------------- a small JSON tree writer

    // ---------------------------------------------------------------- terraform show -json | jq .resource_changes

    private record TfRes(String module, String type, String name, Object index, Map<String, Object> attrs) {

        String address() {
            String idx = index == null ? "" : index instanceof String s ? "[\"" + s + "\"]" : "[" + index + "]";
            return (module == null ? "" : module + ".") + type + "." + name + idx;
        }

        boolean tagged() {
            return attrs.containsKey("tags_all");
        }
    }

    private static final String TF_ACCOUNT = "731294068155";
    private static final String TF_REGION = "eu-central-1";

    private static Map<String, Object> tfTags(String component) {
        return sorted("Environment", "prod", "ManagedBy", "terraform", "Project", "shop");
    }

    private static String tfArn(String service, String resource) {
        return "arn:aws:" + service + ":" + TF_REGION + ":" + TF_ACCOUNT + ":" + resource;
    }

    /** Attribute values of one resource as the plan's {@code before} shows them: sorted keys, tags and tags_all for taggable types. */
    private static Map<String, Object> tfAttrs(String component, Object... kv) {
        Map<String, Object> m = sorted(kv);
        if (component != null) {
            m.put("tags", sorted("Name", "shop-prod-" + component));
            Map<String, Object> all = tfTags(component);
            all.put("Name", "shop-prod-" + component);
            m.put("tags_all", all);
        }
        return m;
    }

    /**
     * {@code terraform show -json tfplan | jq .resource_changes} of the production stack after two changes were merged:
     * a {@code CostCenter} default tag on the AWS provider (so every taggable resource shows an in-place update of
     * {@code tags_all}, the untaggable ones are no-op) and the orders database switched to {@code storage_encrypted =
     * true}, which cannot be changed in place: {@code module.db.aws_db_instance.orders} is replaced ({@code ["delete",
     * "create"]}, {@code replace_because_cannot_update}, with deletion protection off). Someone also removed the legacy
     * exports bucket from the configuration, so {@code aws_s3_bucket.legacy_exports} is destroyed ({@code
     * delete_because_no_resource_config}). A new CloudWatch alarm is created. The question asks what would be destroyed or
     * replaced and why: the two addresses and their action reasons are the needles; the 35 tag updates are what a
     * summary may count.
     */
    static NeedleCase terraformPlanJson() {
        Gen g = new Gen(200_001);
        List<TfRes> res = new ArrayList<>();
        String vpcId = "vpc-0" + g.hex(16);
        String[] azs = {"eu-central-1a", "eu-central-1b"};
        String net = "module.network";
        res.add(new TfRes(net, "aws_vpc", "main", null, tfAttrs("vpc", "arn", tfArn("ec2", "vpc/" + vpcId), "cidr_block", "10.40.0.0/16",
                "enable_dns_hostnames", true, "enable_dns_support", true, "id", vpcId, "instance_tenancy", "default")));
        res.add(new TfRes(net, "aws_internet_gateway", "main", null, tfAttrs("igw", "arn", tfArn("ec2", "internet-gateway/igw-0" + g.hex(16)),
                "id", "igw-0" + g.hex(16), "vpc_id", vpcId)));
        List<String> privateSubnets = new ArrayList<>();
        for (String tier : List.of("private", "public")) {
            for (int i = 0; i < azs.length; i++) {
                String id = "subnet-0" + g.hex(16);
                if (tier.equals("private")) {
                    privateSubnets.add(id);
                }
                res.add(new TfRes(net, "aws_subnet", tier, i, tfAttrs(tier + "-" + azs[i].substring(azs[i].length() - 1), "arn",
                        tfArn("ec2", "subnet/" + id), "availability_zone", azs[i], "cidr_block", fmt("10.40.%d.0/20", (tier.equals("private") ? 0 : 48)
                        + i * 16), "id", id, "map_public_ip_on_launch", tier.equals("public"), "vpc_id", vpcId)));
            }
        }
        for (int i = 0; i < azs.length; i++) {
            String eip = "eipalloc-0" + g.hex(16);
            String ip = "3.124." + g.between(10, 250) + "." + g.between(2, 250);
            res.add(new TfRes(net, "aws_eip", "nat", i, tfAttrs("nat-" + i, "allocation_id", eip, "domain", "vpc", "id", eip, "public_ip", ip)));
            String nat = "nat-0" + g.hex(16);
            res.add(new TfRes(net, "aws_nat_gateway", "main", i, tfAttrs("nat-" + i, "allocation_id", eip, "connectivity_type", "public",
                    "id", nat, "private_ip", "10.40." + (48 + i * 16) + "." + g.between(4, 200), "public_ip", ip, "subnet_id", "subnet-0" + g.hex(16))));
            String rtb = "rtb-0" + g.hex(16);
            res.add(new TfRes(net, "aws_route_table", "private", i, tfAttrs("private-rt-" + i, "arn", tfArn("ec2", "route-table/" + rtb), "id", rtb,
                    "propagating_vgws", arr(), "route", arr(sorted("cidr_block", "0.0.0.0/0", "nat_gateway_id", nat)), "vpc_id", vpcId)));
        }
        String rtbPub = "rtb-0" + g.hex(16);
        res.add(new TfRes(net, "aws_route_table", "public", null, tfAttrs("public-rt", "arn", tfArn("ec2", "route-table/" + rtbPub), "id", rtbPub,
                "propagating_vgws", arr(), "route", arr(sorted("cidr_block", "0.0.0.0/0", "gateway_id", "igw-0" + g.hex(16))), "vpc_id", vpcId)));
        String eks = "module.eks";
        String clusterRole = "arn:aws:iam::" + TF_ACCOUNT + ":role/shop-prod-eks-cluster";
        String nodeRole = "arn:aws:iam::" + TF_ACCOUNT + ":role/shop-prod-eks-node";
        res.add(new TfRes(eks, "aws_eks_cluster", "main", null, tfAttrs("eks", "arn", tfArn("eks", "cluster/shop-prod"),
                "endpoint", "https://" + g.hex(32).toUpperCase(Locale.ROOT) + ".gr7." + TF_REGION + ".eks.amazonaws.com", "id", "shop-prod",
                "name", "shop-prod", "role_arn", clusterRole, "version", "1.30")));
        for (String[] ng : new String[][] {{"general", "ON_DEMAND", "m6i.2xlarge", "6", "4", "12"}, {"spot", "SPOT", "m6a.2xlarge", "8", "0", "30"}}) {
            res.add(new TfRes(eks, "aws_eks_node_group", ng[0], null, tfAttrs("eks-" + ng[0], "arn", tfArn("eks", "nodegroup/shop-prod/" + ng[0]
                    + "/" + uuid(g)), "capacity_type", ng[1], "cluster_name", "shop-prod", "id", "shop-prod:" + ng[0], "instance_types", arr(ng[2]),
                    "node_group_name", ng[0], "node_role_arn", nodeRole, "scaling_config", arr(sorted("desired_size", Integer.parseInt(ng[3]),
                    "max_size", Integer.parseInt(ng[5]), "min_size", Integer.parseInt(ng[4]))), "subnet_ids", new ArrayList<Object>(privateSubnets))));
        }
        for (String[] role : new String[][] {{"cluster", "eks.amazonaws.com"}, {"node", "ec2.amazonaws.com"}}) {
            res.add(new TfRes(eks, "aws_iam_role", role[0], null, tfAttrs("eks-" + role[0] + "-role", "arn", "arn:aws:iam::" + TF_ACCOUNT
                    + ":role/shop-prod-eks-" + role[0], "assume_role_policy", "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\","
                    + "\"Principal\":{\"Service\":\"" + role[1] + "\"}}],\"Version\":\"2012-10-17\"}", "id", "shop-prod-eks-" + role[0],
                    "max_session_duration", 3600, "name", "shop-prod-eks-" + role[0], "path", "/")));
        }
        for (String p : List.of("AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly")) {
            res.add(new TfRes(eks, "aws_iam_role_policy_attachment", "node", p, tfAttrs(null, "id", "shop-prod-eks-node-" + g.between(10_000_000, 99_999_999),
                    "policy_arn", "arn:aws:iam::aws:policy/" + p, "role", "shop-prod-eks-node")));
        }
        String sgCluster = "sg-0" + g.hex(16);
        String sgDb = "sg-0" + g.hex(16);
        String sgCache = "sg-0" + g.hex(16);
        res.add(new TfRes(eks, "aws_security_group", "cluster", null, tfAttrs("eks-cluster-sg", "arn", tfArn("ec2", "security-group/" + sgCluster),
                "description", "EKS cluster shop-prod", "id", sgCluster, "name", "shop-prod-eks-cluster", "vpc_id", vpcId)));
        String[][] rules = {{"ingress_https", "ingress", "443", "10.40.0.0/16"}, {"egress_all", "egress", "0", "0.0.0.0/0"}};
        for (String[] r : rules) {
            res.add(new TfRes(eks, "aws_security_group_rule", r[0], null, tfAttrs(null, "cidr_blocks", arr(r[3]), "from_port", Integer.parseInt(r[2]),
                    "id", "sgrule-" + g.between(1_000_000_000, 2_000_000_000), "protocol", r[0].endsWith("udp") ? "udp" : r[0].startsWith("egress") ? "-1"
                    : "tcp", "security_group_id", sgCluster, "to_port", r[0].equals("ingress_nodeports") ? 32767 : Integer.parseInt(r[2]), "type", r[1])));
        }
        String dbm = "module.db";
        for (String[] db : new String[][] {{"orders", "db.r6g.2xlarge", "500", "true"}, {"reporting", "db.r6g.xlarge", "800", "false"}}) {
            boolean orders = db[0].equals("orders");
            String ident = "shop-prod-" + db[0];
            String rid = "db-" + g.alnum(26).toUpperCase(Locale.ROOT);
            res.add(new TfRes(dbm, "aws_db_instance", db[0], null, tfAttrs("db-" + db[0], "address", ident + ".c" + g.alnum(11) + "." + TF_REGION
                    + ".rds.amazonaws.com", "allocated_storage", Integer.parseInt(db[2]), "arn", tfArn("rds", "db:" + ident), "auto_minor_version_upgrade",
                    true, "backup_retention_period", 14, "backup_window", "01:00-01:30", "db_subnet_group_name", "shop-prod-db", "deletion_protection",
                    !orders, "engine", "postgres", "engine_version", "16.4", "id", rid, "identifier", ident, "instance_class", db[1], "kms_key_id",
                    orders ? "" : tfArn("kms", "key/" + uuid(g)), "manage_master_user_password", true, "multi_az", Boolean.parseBoolean(db[3]),
                    "parameter_group_name", "shop-prod-pg16", "port", 5432, "resource_id", rid, "storage_encrypted", !orders, "storage_type", "gp3",
                    "username", "shop_admin", "vpc_security_group_ids", arr(sgDb))));
        }
        res.add(new TfRes(dbm, "aws_db_subnet_group", "main", null, tfAttrs("db-subnets", "arn", tfArn("rds", "subgrp:shop-prod-db"), "id", "shop-prod-db",
                "name", "shop-prod-db", "subnet_ids", new ArrayList<Object>(privateSubnets))));
        res.add(new TfRes(dbm, "aws_security_group", "db", null, tfAttrs("db-sg", "arn", tfArn("ec2", "security-group/" + sgDb), "description",
                "Postgres from the EKS nodes", "id", sgDb, "name", "shop-prod-db", "vpc_id", vpcId)));
        res.add(new TfRes(dbm, "aws_security_group_rule", "db_ingress_nodes", null, tfAttrs(null, "from_port", 5432, "id", "sgrule-"
                + g.between(1_000_000_000, 2_000_000_000), "protocol", "tcp", "security_group_id", sgDb, "source_security_group_id", sgCluster,
                "to_port", 5432, "type", "ingress")));
        String alerts = tfArn("sns", "shop-prod-alerts");
        for (String db : List.of("orders")) {
            for (String[] m : new String[][] {{"cpu", "CPUUtilization", "GreaterThanThreshold", "80"}, {"storage", "FreeStorageSpace",
                "LessThanThreshold", "53687091200"}}) {
                res.add(new TfRes(dbm, "aws_cloudwatch_metric_alarm", "db_" + m[0], db, tfAttrs("alarm-" + db + "-" + m[0], "alarm_actions", arr(alerts),
                        "alarm_name", "shop-prod-" + db + "-" + m[0], "arn", tfArn("cloudwatch", "alarm:shop-prod-" + db + "-" + m[0]),
                        "comparison_operator", m[2], "dimensions", sorted("DBInstanceIdentifier", "shop-prod-" + db), "evaluation_periods", 3,
                        "id", "shop-prod-" + db + "-" + m[0], "metric_name", m[1], "namespace", "AWS/RDS", "period", 300, "statistic", "Average",
                        "threshold", Long.parseLong(m[3]))));
            }
        }
        String cache = "module.cache";
        res.add(new TfRes(cache, "aws_elasticache_replication_group", "sessions", null, tfAttrs("redis-sessions", "arn", tfArn("elasticache",
                "replicationgroup:shop-prod-sessions"), "at_rest_encryption_enabled", true, "automatic_failover_enabled", true, "engine", "redis",
                "engine_version", "7.1", "id", "shop-prod-sessions", "node_type", "cache.r7g.large", "num_cache_clusters", 2, "port", 6379,
                "primary_endpoint_address", "master.shop-prod-sessions." + g.alnum(6) + ".euc1.cache.amazonaws.com", "replication_group_id",
                "shop-prod-sessions", "security_group_ids", arr(sgCache), "subnet_group_name", "shop-prod-cache", "transit_encryption_enabled", true)));
        res.add(new TfRes(cache, "aws_security_group", "cache", null, tfAttrs("cache-sg", "arn", tfArn("ec2", "security-group/" + sgCache),
                "description", "Redis from the EKS nodes", "id", sgCache, "name", "shop-prod-cache", "vpc_id", vpcId)));
        for (String b : List.of("assets", "backups", "invoices", "legacy_exports", "logs")) {
            String bucket = "shop-prod-" + b.replace('_', '-') + "-" + TF_ACCOUNT;
            res.add(new TfRes(null, "aws_s3_bucket", b, null, tfAttrs("s3-" + b.replace('_', '-'), "arn", "arn:aws:s3:::" + bucket, "bucket", bucket,
                    "bucket_domain_name", bucket + ".s3.amazonaws.com", "bucket_regional_domain_name", bucket + ".s3." + TF_REGION + ".amazonaws.com",
                    "force_destroy", false, "hosted_zone_id", "Z21DNDUVLTQW6Q", "id", bucket, "object_lock_enabled", false, "region", TF_REGION)));
            if (!b.equals("legacy_exports")) {
                res.add(new TfRes(null, "aws_s3_bucket_public_access_block", b, null, tfAttrs(null, "block_public_acls", true, "block_public_policy",
                        !b.equals("assets"), "bucket", bucket, "id", bucket, "ignore_public_acls", true, "restrict_public_buckets", !b.equals("assets"))));
            }
        }
        String zone = "Z0" + g.alnum(19).toUpperCase(Locale.ROOT);
        for (String[] r : new String[][] {{"api", "CNAME", "k8s-shop-ingress-" + g.hex(10) + ".elb." + TF_REGION + ".amazonaws.com"},
            {"www", "CNAME", "d" + g.alnum(13) + ".cloudfront.net"}, {"shop", "CNAME", "d" + g.alnum(13) + ".cloudfront.net"},
            {"mail", "MX", "10 mx.shop-mail.example.net"}}) {
            String fqdn = r[0] + ".shop.example.com";
            res.add(new TfRes(null, "aws_route53_record", r[0], null, tfAttrs(null, "allow_overwrite", null, "fqdn", fqdn, "id", zone + "_" + fqdn
                    + "_" + r[1], "name", fqdn, "records", arr(r[2]), "ttl", 300, "type", r[1], "zone_id", zone)));
        }
        for (String lg : List.of("checkout", "payments")) {
            String name = lg.equals("eks-cluster") ? "/aws/eks/shop-prod/cluster" : "/shop/prod/" + lg;
            res.add(new TfRes(null, "aws_cloudwatch_log_group", lg.replace('-', '_'), null, tfAttrs("logs-" + lg, "arn", tfArn("logs", "log-group:"
                    + name), "id", name, "kms_key_id", "", "log_group_class", "STANDARD", "name", name, "retention_in_days", lg.equals("payments") ? 400
                    : 30, "skip_destroy", false)));
        }
        String dlqArn = tfArn("sqs", "shop-prod-orders-dlq");
        for (String q : List.of("orders", "orders_dlq")) {
            String name = "shop-prod-" + q.replace('_', '-');
            res.add(new TfRes(null, "aws_sqs_queue", q, null, tfAttrs("sqs-" + q.replace('_', '-'), "arn", tfArn("sqs", name), "delay_seconds", 0,
                    "fifo_queue", false, "id", "https://sqs." + TF_REGION + ".amazonaws.com/" + TF_ACCOUNT + "/" + name, "max_message_size", 262144,
                    "message_retention_seconds", q.endsWith("dlq") ? 1209600 : 345600, "name", name, "redrive_policy", q.equals("orders")
                    ? "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":5}" : "", "sqs_managed_sse_enabled", true,
                    "url", "https://sqs." + TF_REGION + ".amazonaws.com/" + TF_ACCOUNT + "/" + name, "visibility_timeout_seconds", 60)));
        }
        res.add(new TfRes(null, "aws_sns_topic", "alerts", null, tfAttrs("sns-alerts", "arn", alerts, "display_name", "", "fifo_topic", false,
                "id", alerts, "name", "shop-prod-alerts")));
        res.add(new TfRes(null, "aws_cloudwatch_metric_alarm", "orders_dlq_depth", null, tfAttrs("alarm-orders-dlq", "alarm_actions", arr(alerts),
                "alarm_name", "shop-prod-orders-dlq-depth", "comparison_operator", "GreaterThanThreshold", "dimensions", sorted("QueueName",
                "shop-prod-orders-dlq"), "evaluation_periods", 1, "metric_name", "ApproximateNumberOfMessagesVisible", "namespace", "AWS/SQS",
                "period", 60, "statistic", "Maximum", "threshold", 0)));
        res.sort(Comparator.comparing(TfRes::address));
        String replaced = "module.db.aws_db_instance.orders";
        String deleted = "aws_s3_bucket.legacy_exports";
        String created = "aws_cloudwatch_metric_alarm.orders_dlq_depth";
        List<Object> changes = new ArrayList<>();
        int updates = 0;
        for (TfRes r : res) {
            String address = r.address();
            Map<String, Object> item = obj("address", address);
            if (r.module() != null) {
                item.put("module_address", r.module());
            }
            item.put("mode", "managed");
            item.put("type", r.type());
            item.put("name", r.name());
            if (r.index() != null) {
                item.put("index", r.index());
            }
            item.put("provider_name", "registry.terraform.io/hashicorp/aws");
            Map<String, Object> before = new TreeMap<>(r.attrs());
            Map<String, Object> after = new TreeMap<>(r.attrs());
            Map<String, Object> afterUnknown = new TreeMap<>();
            Map<String, Object> sensitive = new TreeMap<>();
            if (r.tagged()) {
                sensitive.put("tags", sorted());
                sensitive.put("tags_all", sorted());
            }
            String reason = null;
            Object beforeOut = before;
            Object afterOut = after;
            Object beforeSensitive = sensitive;
            Object afterSensitive = sensitive;
            List<Object> actions;
            List<Object> replacePaths = null;
            if (r.tagged()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> tagsAll = new TreeMap<>((Map<String, Object>) before.get("tags_all"));
                tagsAll.put("CostCenter", "cc-4410-platform");
                after.put("tags_all", tagsAll);
            }
            if (address.equals(created)) {
                actions = arr("create");
                beforeOut = null;
                beforeSensitive = false;
                after.remove("arn");
                after.remove("id");
                afterUnknown.put("arn", true);
                afterUnknown.put("id", true);
                afterUnknown.put("tags", sorted());
                afterUnknown.put("tags_all", sorted());
            } else if (address.equals(deleted)) {
                actions = arr("delete");
                afterOut = null;
                afterSensitive = false;
                reason = "delete_because_no_resource_config";
            } else if (address.equals(replaced)) {
                actions = arr("delete", "create");
                after.put("storage_encrypted", true);
                for (String unknown : List.of("address", "arn", "id", "kms_key_id", "resource_id")) {
                    after.remove(unknown);
                    afterUnknown.put(unknown, true);
                }
                afterUnknown.put("vpc_security_group_ids", arr(false));
                replacePaths = arr(arr("storage_encrypted"));
                reason = "replace_because_cannot_update";
            } else if (r.tagged()) {
                actions = arr("update");
                updates++;
            } else {
                actions = arr("no-op");
            }
            Map<String, Object> change = obj("actions", actions, "before", beforeOut, "after", afterOut, "after_unknown", afterUnknown,
                    "before_sensitive", beforeSensitive, "after_sensitive", afterSensitive);
            if (replacePaths != null) {
                change.put("replace_paths", replacePaths);
            }
            item.put("change", change);
            if (reason != null) {
                item.put("action_reason", reason);
            }
            changes.add(item);
        }
        String text = pretty(changes, 2) + "\n";
        requireSize(text, 60, 200);
        requireLineCount(text, 1500, 3000);
        if (updates < 30) {
            throw new IllegalStateException("tag updates " + updates);
        }
        String replacedAt = "\"address\": \"" + replaced + "\"";
        String deletedAt = "\"address\": \"" + deleted + "\"";
        String replaceWhy = "\"action_reason\": \"replace_because_cannot_update\"";
        String deleteWhy = "\"action_reason\": \"delete_because_no_resource_config\"";
        requireCount(text, replacedAt, 1);
        requireCount(text, deletedAt, 1);
        requireCount(text, "\"action_reason\"", 2);
        requireCount(text, "\"delete\"", 2);
        return NeedleCase.named("fresh17_terraform_plan_json", "json", "terraform-show-json-plan")
                .shell("terraform show -json prod.tfplan | jq .resource_changes")
                .question("Before I apply prod.tfplan: does this plan destroy or replace anything? Which resources, and why does Terraform want"
                        + " to do it? I expected only tag changes.")
                .heldAside()
                .build(text, List.of(Needle.contains(replacedAt), Needle.contains(replaceWhy), Needle.contains(deletedAt), Needle.contains(deleteWhy)));
    }

    // ---------------------------------------------------------------- Kafka Connect /connectors?expand=status&expand=info

    private static final String CONNECT_TRACE = "org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable"
            + " exception.\n\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:636)\n\tat"
            + " org.apache.kafka.connect.runtime.WorkerSinkTask.poll(WorkerSinkTask.java:345)\n\tat"
            + " org.apache.kafka.connect.runtime.WorkerSinkTask.iteration(WorkerSinkTask.java:247)\n\tat"
            + " org.apache.kafka.connect.runtime.WorkerSinkTask.execute(WorkerSinkTask.java:216)\n\tat"
            + " org.apache.kafka.connect.runtime.WorkerTask.doRun(WorkerTask.java:226)\n\tat"
            + " org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:281)\n\tat"
            + " org.apache.kafka.connect.runtime.isolation.Plugins.lambda$withClassLoader$1(Plugins.java:238)\n\tat"
            + " java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)\n\tat"
            + " java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)\n\tat"
            + " java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)\n\tat"
            + " java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)\n\tat"
            + " java.base/java.lang.Thread.run(Thread.java:1583)\nCaused by: net.snowflake.ingest.utils.SFException: The given row cannot be"
            + " converted to the internal format due to invalid value: Value cannot be ingested into Snowflake column TOTAL_AMOUNT of type"
            + " NUMBER, rowIndex:0, reason: Not a valid number\n\tat"
            + " net.snowflake.ingest.streaming.internal.DataValidationUtil.valueFormatNotAllowedException(DataValidationUtil.java:896)\n\tat"
            + " net.snowflake.ingest.streaming.internal.DataValidationUtil.validateAndParseBigDecimal(DataValidationUtil.java:590)\n\tat"
            + " net.snowflake.ingest.streaming.internal.ParquetValueParser.getSb16Value(ParquetValueParser.java:262)\n\tat"
            + " net.snowflake.ingest.streaming.internal.ParquetValueParser.parseColumnValueToParquet(ParquetValueParser.java:95)\n\tat"
            + " net.snowflake.ingest.streaming.internal.ParquetRowBuffer.addRow(ParquetRowBuffer.java:220)\n\tat"
            + " net.snowflake.ingest.streaming.internal.AbstractRowBuffer.insertRows(AbstractRowBuffer.java:331)\n\tat"
            + " com.snowflake.kafka.connector.internal.streaming.TopicPartitionChannel.insertRowsWithFallback(TopicPartitionChannel.java:612)\n\tat"
            + " com.snowflake.kafka.connector.internal.streaming.SnowflakeSinkServiceV2.insert(SnowflakeSinkServiceV2.java:304)\n\tat"
            + " com.snowflake.kafka.connector.SnowflakeSinkTask.put(SnowflakeSinkTask.java:301)\n\tat"
            + " org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:605)\n\t... 11 more\n";

    /**
     * {@code curl /connectors?expand=status&expand=info | jq .} of a six-worker Kafka Connect cluster with 36 connectors
     * (Debezium Postgres and MySQL sources, S3, Snowflake, Elasticsearch, JDBC and HTTP sinks, MirrorMaker 2), each with its
     * config, task list and status, every connector and task RUNNING except: task 2 of {@code orders-snowflake-sink} is
     * FAILED with a trace whose cause is a value Snowflake cannot ingest into {@code TOTAL_AMOUNT} (the connector itself
     * stays RUNNING, as Connect reports it); the {@code inventory-postgres-cdc} source is PAUSED (connector and task); and
     * task 5 of {@code clickstream-s3-sink} is UNASSIGNED on a worker that left. The question asks which connectors or
     * tasks are not running and why: the three states and the cause in the trace are the needles.
     */
    static NeedleCase kafkaConnectStatus() {
        Gen g = new Gen(200_002);
        String[] workers = {"10.0.4.11:8083", "10.0.4.12:8083", "10.0.4.13:8083", "10.0.4.14:8083", "10.0.4.15:8083", "10.0.4.16:8083"};
        String registry = "http://schema-registry.kafka.svc:8081";
        String avro = "io.confluent.connect.avro.AvroConverter";
        // name, class kind, tasks
        List<String[]> specs = new ArrayList<>();
        for (String t : List.of("orders", "order_items", "customers", "payments", "refunds", "inventory", "shipments", "carts")) {
            specs.add(new String[] {t.replace('_', '-') + "-postgres-cdc", "pg", "1", t});
        }
        for (String t : List.of("loyalty", "reviews", "giftcards")) {
            specs.add(new String[] {t + "-mysql-cdc", "mysql", "1", t});
        }
        for (String t : List.of("orders", "payments", "clickstream", "search-queries", "audit-events", "shipments", "inventory")) {
            specs.add(new String[] {t + "-s3-sink", "s3", t.equals("clickstream") ? "8" : String.valueOf(g.between(2, 4)), t});
        }
        for (String t : List.of("orders", "customers", "payments", "refunds", "inventory")) {
            specs.add(new String[] {t + "-snowflake-sink", "snowflake", t.equals("orders") ? "4" : String.valueOf(g.between(1, 3)), t});
        }
        for (String t : List.of("products", "orders", "customers", "audit-events")) {
            specs.add(new String[] {t + "-elasticsearch-sink", "es", String.valueOf(g.between(2, 6)), t});
        }
        for (String t : List.of("crm-contacts", "erp-orders", "warehouse-stock")) {
            specs.add(new String[] {t + "-jdbc-sink", "jdbc", String.valueOf(g.between(1, 2)), t});
        }
        for (String t : List.of("fraud-scoring", "marketing-events", "slack-alerts")) {
            specs.add(new String[] {t + "-http-sink", "http", "1", t});
        }
        specs.add(new String[] {"mm2-eu-to-us-source", "mm2src", "6", "mm2"});
        specs.add(new String[] {"mm2-eu-to-us-checkpoint", "mm2ckpt", "1", "mm2"});
        specs.add(new String[] {"mm2-eu-to-us-heartbeat", "mm2hb", "1", "mm2"});
        Map<String, Object> root = new LinkedHashMap<>();
        List<String[]> shuffled = new ArrayList<>(specs);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            String[] t = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, t);
        }
        for (String[] s : shuffled) {
            String name = s[0];
            String topic = s[3];
            int tasks = Integer.parseInt(s[2]);
            Map<String, Object> cfg = sorted("name", name, "tasks.max", String.valueOf(tasks));
            boolean source = s[1].equals("pg") || s[1].equals("mysql") || s[1].startsWith("mm2");
            switch (s[1]) {
                case "pg" -> {
                    cfg.put("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
                    cfg.put("database.hostname", "shop-prod-orders.c" + g.alnum(11) + ".eu-central-1.rds.amazonaws.com");
                    cfg.put("database.port", "5432");
                    cfg.put("database.user", "debezium");
                    cfg.put("database.password", "${file:/opt/kafka/secrets/cdc.properties:pg.password}");
                    cfg.put("database.dbname", "shop");
                    cfg.put("topic.prefix", "shop");
                    cfg.put("plugin.name", "pgoutput");
                    cfg.put("slot.name", "debezium_" + topic);
                    cfg.put("publication.name", "dbz_" + topic);
                    cfg.put("table.include.list", "public." + topic);
                    cfg.put("snapshot.mode", "initial");
                    cfg.put("heartbeat.interval.ms", "30000");
                    cfg.put("key.converter", avro);
                    cfg.put("value.converter", avro);
                    cfg.put("key.converter.schema.registry.url", registry);
                    cfg.put("value.converter.schema.registry.url", registry);
                }
                case "mysql" -> {
                    cfg.put("connector.class", "io.debezium.connector.mysql.MySqlConnector");
                    cfg.put("database.hostname", "loyalty-db.internal");
                    cfg.put("database.port", "3306");
                    cfg.put("database.user", "debezium");
                    cfg.put("database.password", "${file:/opt/kafka/secrets/cdc.properties:mysql.password}");
                    cfg.put("database.server.id", String.valueOf(g.between(184_000, 184_999)));
                    cfg.put("topic.prefix", "loyalty");
                    cfg.put("table.include.list", "loyalty." + topic);
                    cfg.put("schema.history.internal.kafka.topic", "schema-history.loyalty." + topic);
                    cfg.put("schema.history.internal.kafka.bootstrap.servers", "kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092");
                    cfg.put("key.converter", avro);
                    cfg.put("value.converter", avro);
                    cfg.put("value.converter.schema.registry.url", registry);
                }
                case "s3" -> {
                    cfg.put("connector.class", "io.confluent.connect.s3.S3SinkConnector");
                    cfg.put("topics", topic.equals("clickstream") ? "web.clickstream" : "shop.public." + topic.replace('-', '_'));
                    cfg.put("s3.bucket.name", "shop-prod-datalake-raw");
                    cfg.put("s3.region", "eu-central-1");
                    cfg.put("storage.class", "io.confluent.connect.s3.storage.S3Storage");
                    cfg.put("format.class", "io.confluent.connect.s3.format.parquet.ParquetFormat");
                    cfg.put("partitioner.class", "io.confluent.connect.storage.partitioner.TimeBasedPartitioner");
                    cfg.put("path.format", "'year'=YYYY/'month'=MM/'day'=dd/'hour'=HH");
                    cfg.put("partition.duration.ms", "3600000");
                    cfg.put("flush.size", "10000");
                    cfg.put("rotate.schedule.interval.ms", "600000");
                    cfg.put("locale", "en-US");
                    cfg.put("timezone", "UTC");
                    cfg.put("value.converter", avro);
                    cfg.put("value.converter.schema.registry.url", registry);
                    cfg.put("errors.tolerance", "all");
                    cfg.put("errors.deadletterqueue.topic.name", "dlq." + name);
                }
                case "snowflake" -> {
                    cfg.put("connector.class", "com.snowflake.kafka.connector.SnowflakeSinkConnector");
                    cfg.put("topics", "shop.public." + topic);
                    cfg.put("snowflake.url.name", "acme-eu1.snowflakecomputing.com:443");
                    cfg.put("snowflake.user.name", "KAFKA_CONNECT");
                    cfg.put("snowflake.private.key", "${file:/opt/kafka/secrets/snowflake.properties:private.key}");
                    cfg.put("snowflake.database.name", "RAW");
                    cfg.put("snowflake.schema.name", "SHOP");
                    cfg.put("snowflake.role.name", "KAFKA_CONNECT_RL");
                    cfg.put("snowflake.ingestion.method", "SNOWPIPE_STREAMING");
                    cfg.put("snowflake.enable.schematization", "true");
                    cfg.put("buffer.flush.time", "10");
                    cfg.put("buffer.count.records", "10000");
                    cfg.put("value.converter", avro);
                    cfg.put("value.converter.schema.registry.url", registry);
                    cfg.put("errors.tolerance", "none");
                    cfg.put("errors.log.enable", "true");
                }
                case "es" -> {
                    cfg.put("connector.class", "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector");
                    cfg.put("topics", "shop.public." + topic.replace('-', '_'));
                    cfg.put("connection.url", "https://es-prod.internal:9200");
                    cfg.put("connection.username", "kafka-connect");
                    cfg.put("connection.password", "${file:/opt/kafka/secrets/es.properties:password}");
                    cfg.put("key.ignore", "false");
                    cfg.put("schema.ignore", "true");
                    cfg.put("behavior.on.null.values", "delete");
                    cfg.put("write.method", "upsert");
                    cfg.put("batch.size", "2000");
                    cfg.put("max.retries", "10");
                    cfg.put("value.converter", avro);
                    cfg.put("value.converter.schema.registry.url", registry);
                    cfg.put("errors.tolerance", "all");
                    cfg.put("errors.deadletterqueue.topic.name", "dlq." + name);
                }
                case "jdbc" -> {
                    cfg.put("connector.class", "io.confluent.connect.jdbc.JdbcSinkConnector");
                    cfg.put("topics", "shop.public." + topic.replace('-', '_'));
                    cfg.put("connection.url", "jdbc:sqlserver://erp-sql.internal:1433;databaseName=ERP_SYNC");
                    cfg.put("connection.user", "kafka_sync");
                    cfg.put("connection.password", "${file:/opt/kafka/secrets/erp.properties:password}");
                    cfg.put("insert.mode", "upsert");
                    cfg.put("pk.mode", "record_key");
                    cfg.put("auto.create", "false");
                    cfg.put("value.converter", avro);
                    cfg.put("value.converter.schema.registry.url", registry);
                }
                case "http" -> {
                    cfg.put("connector.class", "io.confluent.connect.http.HttpSinkConnector");
                    cfg.put("topics", "shop.events." + topic.replace('-', '_'));
                    cfg.put("http.api.url", "https://" + topic + ".internal/api/v1/ingest");
                    cfg.put("request.method", "POST");
                    cfg.put("batch.max.size", "200");
                    cfg.put("retry.on.status.codes", "429,500-");
                    cfg.put("max.retries", "5");
                    cfg.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
                    cfg.put("value.converter.schemas.enable", "false");
                    cfg.put("reporter.bootstrap.servers", "kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092");
                }
                default -> {
                    String cls = switch (s[1]) {
                        case "mm2src" -> "org.apache.kafka.connect.mirror.MirrorSourceConnector";
                        case "mm2ckpt" -> "org.apache.kafka.connect.mirror.MirrorCheckpointConnector";
                        default -> "org.apache.kafka.connect.mirror.MirrorHeartbeatConnector";
                    };
                    cfg.put("connector.class", cls);
                    cfg.put("source.cluster.alias", "eu");
                    cfg.put("target.cluster.alias", "us");
                    cfg.put("source.cluster.bootstrap.servers", "kafka-eu.internal:9092");
                    cfg.put("target.cluster.bootstrap.servers", "kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092");
                    cfg.put("topics", "shop\\..*,web\\..*");
                    cfg.put("replication.factor", "3");
                    cfg.put("key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
                    cfg.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
                }
            }
            boolean paused = name.equals("inventory-postgres-cdc");
            List<Object> taskIds = new ArrayList<>();
            List<Object> taskStates = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                taskIds.add(obj("connector", name, "task", t));
                String state = paused ? "PAUSED" : "RUNNING";
                String worker = workers[g.nextInt(workers.length)];
                Map<String, Object> ts = obj("id", t, "state", state, "worker_id", worker);
                if (name.equals("orders-snowflake-sink") && t == 2) {
                    ts.put("state", "FAILED");
                    ts.put("trace", CONNECT_TRACE);
                } else if (name.equals("clickstream-s3-sink") && t == 5) {
                    ts.put("state", "UNASSIGNED");
                    ts.put("worker_id", "10.0.4.17:8083");
                }
                taskStates.add(ts);
            }
            String type = source ? "source" : "sink";
            Map<String, Object> status = obj("name", name, "connector", obj("state", paused ? "PAUSED" : "RUNNING", "worker_id",
                    workers[g.nextInt(workers.length)]), "tasks", taskStates, "type", type);
            root.put(name, obj("status", status, "info", obj("name", name, "config", cfg, "tasks", taskIds, "type", type)));
        }
        String text = pretty(root, 2) + "\n";
        requireSize(text, 60, 200);
        requireLineCount(text, 1500, 3000);
        String failed = "\"state\": \"FAILED\"";
        String pausedState = "\"state\": \"PAUSED\"";
        String unassigned = "\"state\": \"UNASSIGNED\"";
        String cause = "Value cannot be ingested into Snowflake column TOTAL_AMOUNT of type NUMBER";
        requireCount(text, failed, 1);
        requireCount(text, pausedState, 2);
        requireCount(text, unassigned, 1);
        requireCount(text, cause, 1);
        return NeedleCase.named("fresh17_kafka_connect_status", "json", "kafka-connect-status-json")
                .shell("curl -s 'http://connect.kafka.svc:8083/connectors?expand=status&expand=info' | jq .")
                .question("Orders stopped landing in Snowflake around 02:00 and the inventory CDC topic looks quiet. Which connectors or tasks are"
                        + " not RUNNING right now, on which worker, and what is the error?")
                .heldAside()
                .build(text, List.of(Needle.contains(failed), Needle.contains(cause), Needle.contains(pausedState), Needle.contains(unassigned)));
    }

    // ---------------------------------------------------------------- Consul /v1/health/state/any

    /**
     * {@code curl /v1/health/state/any | jq .} of a 23-node Consul datacenter: per node its {@code serfHealth} check and
     * the checks of its services (HTTP health endpoints, TCP checks, a few TTL checks), all passing, except: the
     * payments-api instance on ip-10-0-3-47 is critical (its health endpoint answers 503 because its database password was
     * rejected, in the check's output); node ip-10-0-3-52, which also runs a payments-api instance, is in maintenance mode
     * (a {@code _node_maintenance} check, critical, with the operator's note), so Consul leaves all its services out of
     * DNS; and one disk-usage script check on ip-10-0-5-12 is at warning. The question asks why some payments-api
     * instances are missing from DNS and whether anything else is not passing.
     */
    static NeedleCase consulHealthState() {
        Gen g = new Gen(200_003);
        String[][] services = {{"payments-api", "http", "8080"}, {"checkout-api", "http", "8080"}, {"orders-api", "http", "8080"},
            {"catalog-api", "http", "8080"}, {"search-api", "http", "9000"}, {"cart-api", "http", "8080"}, {"notifications", "http", "8090"},
            {"redis-sessions", "tcp", "6379"}, {"pgbouncer", "tcp", "6432"}, {"node-exporter", "http", "9100"}, {"vault-agent", "tcp", "8200"},
            {"envoy-sidecar", "tcp", "21000"}};
        List<Object> checks = new ArrayList<>();
        int index = 12_400;
        List<String> nodes = new ArrayList<>();
        for (int subnet : new int[] {3, 4, 5}) {
            int n = subnet == 3 ? 10 : subnet == 4 ? 6 : 7;
            for (int i = 0; i < n; i++) {
                String ip;
                if (subnet == 3 && i == 2) {
                    ip = "10.0.3.47";
                } else if (subnet == 3 && i == 6) {
                    ip = "10.0.3.52";
                } else if (subnet == 5 && i == 1) {
                    ip = "10.0.5.12";
                } else {
                    do {
                        ip = "10.0." + subnet + "." + g.between(10, 99);
                    } while (nodes.contains("ip-" + ip.replace('.', '-')) || List.of("10.0.3.47", "10.0.3.52", "10.0.5.12").contains(ip));
                }
                String node = "ip-" + ip.replace('.', '-');
                nodes.add(node);
                index += g.between(3, 40);
                checks.add(obj("Node", node, "CheckID", "serfHealth", "Name", "Serf Health Status", "Status", "passing", "Notes", "", "Output",
                        "Agent alive and reachable", "ServiceID", "", "ServiceName", "", "ServiceTags", arr(), "Type", "", "Interval", "",
                        "Timeout", "", "ExposedPort", 0, "Definition", obj(), "CreateIndex", index, "ModifyIndex", index));
                if (node.equals("ip-10-0-3-52")) {
                    index += g.between(3, 40);
                    int at = 41_870 + g.between(0, 400);
                    checks.add(obj("Node", node, "CheckID", "_node_maintenance", "Name", "Node Maintenance Mode", "Status", "critical", "Notes",
                            "kernel patching for CVE-2026-31337, back by 11:00 -- m.hansen", "Output", "", "ServiceID", "", "ServiceName", "",
                            "ServiceTags", arr(), "Type", "", "Interval", "", "Timeout", "", "ExposedPort", 0, "Definition", obj(),
                            "CreateIndex", at, "ModifyIndex", at));
                }
                List<String[]> here = new ArrayList<>();
                here.add(services[9]);
                here.add(services[11]);
                if (subnet == 3) {
                    here.add(services[0]);
                    here.add(services[g.between(1, 3)]);
                    if (g.chance(0.5)) {
                        here.add(services[10]);
                    }
                } else if (subnet == 4) {
                    int a = g.between(1, 6);
                    int b = g.between(4, 6);
                    here.add(services[a]);
                    if (b != a) {
                        here.add(services[b]);
                    }
                } else {
                    here.add(services[g.between(7, 8)]);
                    here.add(services[10]);
                }
                for (String[] svc : here) {
                    String sid = svc[0] + "-" + ip.replace('.', '-') + "-" + svc[2];
                    String status = "passing";
                    String output;
                    if (svc[1].equals("http")) {
                        String path = svc[0].equals("node-exporter") ? "/metrics" : "/health";
                        output = "HTTP GET http://" + ip + ":" + svc[2] + path + ": 200 OK Output: " + (path.equals("/metrics")
                                ? "# HELP go_gc_duration_seconds A summary of the wall-time pause (stop-the-world) duration in garbage collection"
                                + " cycles.\n# TYPE go_gc_duration_seconds summary\ngo_gc_duration_seconds{quantile=\"0\"} 2." + g.between(1000, 9999)
                                + "e-05\n" : "{\"status\":\"UP\"}");
                    } else {
                        output = "TCP connect " + ip + ":" + svc[2] + ": Success";
                    }
                    if (node.equals("ip-10-0-3-47") && svc[0].equals("payments-api")) {
                        status = "critical";
                        output = "HTTP GET http://10.0.3.47:8080/health: 503 Service Unavailable Output: {\"status\":\"DOWN\",\"components\":"
                                + "{\"db\":{\"status\":\"DOWN\",\"details\":{\"error\":\"org.postgresql.util.PSQLException: FATAL: password"
                                + " authentication failed for user \\\"payments\\\"\"}},\"diskSpace\":{\"status\":\"UP\"},\"ping\":{\"status\":\"UP\"}}}";
                    }
                    index += g.between(3, 40);
                    int modify = status.equals("passing") ? index : 41_902 + g.between(0, 300);
                    List<Object> tags = svc[0].endsWith("-api") ? arr("prod", "v" + g.between(2, 3), "traefik.enable=true") : arr("prod");
                    checks.add(obj("Node", node, "CheckID", "service:" + sid, "Name", "Service '" + svc[0] + "' check", "Status", status,
                            "Notes", "", "Output", output, "ServiceID", sid, "ServiceName", svc[0], "ServiceTags", tags, "Type", svc[1],
                            "Interval", "10s", "Timeout", svc[1].equals("http") ? "5s" : "2s", "ExposedPort", 0, "Definition", obj(),
                            "CreateIndex", index, "ModifyIndex", modify));
                }
                index += g.between(3, 40);
                boolean warn = node.equals("ip-10-0-5-12");
                checks.add(obj("Node", node, "CheckID", "disk-usage", "Name", "Disk usage", "Status", warn ? "warning" : "passing", "Notes",
                        "df -P /var/lib/docker; warning at 80%, critical at 92%", "Output", warn ? "WARNING: /var/lib/docker 87% used (13.1G free of"
                        + " 100G)\n" : "OK: /var/lib/docker " + g.between(21, 64) + "% used\n", "ServiceID", "", "ServiceName", "", "ServiceTags", arr(),
                        "Type", "script", "Interval", "60s", "Timeout", "10s", "ExposedPort", 0, "Definition", obj(), "CreateIndex", index,
                        "ModifyIndex", warn ? 41_877 : index));
            }
        }
        String text = pretty(checks, 2) + "\n";
        requireSize(text, 40, 160);
        requireLineCount(text, 1500, 3000);
        String critical = "HTTP GET http://10.0.3.47:8080/health: 503 Service Unavailable";
        String why = "FATAL: password authentication failed for user";
        String maintenance = "\"CheckID\": \"_node_maintenance\"";
        String warning = "\"Status\": \"warning\"";
        requireCount(text, "\"Status\": \"critical\"", 2);
        requireCount(text, critical, 1);
        requireCount(text, why, 1);
        requireCount(text, maintenance, 1);
        requireCount(text, warning, 1);
        requireCount(text, "\"ServiceName\": \"payments-api\"", 10);
        return NeedleCase.named("fresh17_consul_health_state", "json", "consul-health-state-json")
                .shell("curl -s http://127.0.0.1:8500/v1/health/state/any | jq .")
                .question("payments-api.service.consul only resolves to 8 of our 10 payments-api instances. Which instances are out and why?"
                        + " Is anything else in the datacenter not passing?")
                .heldAside()
                .build(text, List.of(Needle.contains(critical), Needle.contains(why), Needle.contains(maintenance), Needle.contains(warning)));
    }

    // ---------------------------------------------------------------- Loki /loki/api/v1/query_range

    /** One logfmt line: {@code key=value} pairs, a value quoted (inner quotes escaped) when it holds a blank, a quote or an equals sign. */
    private static String logfmt(String... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (i > 0) {
                sb.append(' ');
            }
            String v = kv[i + 1];
            boolean quote = v.isEmpty() || v.indexOf(' ') >= 0 || v.indexOf('"') >= 0 || v.indexOf('=') >= 0;
            sb.append(kv[i]).append('=').append(quote ? "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : v);
        }
        return sb.toString();
    }

    private record LokiLine(LocalDateTime at, int pod, String line) {}

    /**
     * A Loki {@code query_range} response through {@code jq .} for eleven minutes of a Go checkout API's logfmt logs on
     * three pods (one stream each, newest first, with the query statistics at the end): request lines, orders created,
     * payments authorised at Adyen, Kafka events, a few declined cards and two timeouts retried successfully. Order
     * ord_8K2M4Q, the one the question names, times out on its first authorisation, is retried with the same idempotency
     * key and gets Adyen's 422 {@code request already processed or in progress}; the checkout answers 502 and the order is
     * marked failed, and two minutes later Adyen's webhook reports that the first authorisation succeeded, which the
     * service ignores because the order already failed: the customer was charged for a failed order. The four lines of
     * that order after its creation are the needles.
     */
    static NeedleCase lokiQueryRange() {
        Gen g = new Gen(200_004);
        String[] pods = {"checkout-api-7c9d5b8f6-2xkqp", "checkout-api-7c9d5b8f6-9mzrt", "checkout-api-7c9d5b8f6-tf4hd"};
        String[] nodes = {"ip-10-40-3-117.eu-central-1.compute.internal", "ip-10-40-19-52.eu-central-1.compute.internal",
            "ip-10-40-35-8.eu-central-1.compute.internal"};
        String adyen = "https://checkout-live.adyenpayments.com/checkout/v71/payments";
        List<LokiLine> lines = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 10, 37, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 10, 48, 0);
        LocalDateTime plantedAt = LocalDateTime.of(2026, 12, 7, 10, 42, 6).plusNanos(118_402_000);
        String order = "ord_8K2M4Q";
        LocalDateTime t = start.plusNanos(g.between(1, 900) * 1_000_000L);
        int timeouts = 0;
        String[] declines = {"Refused", "Not enough balance", "CVC Declined", "Expired Card", "FRAUD"};
        boolean planted = false;
        while (t.isBefore(end)) {
            t = t.plusNanos(g.between(400, 5_200) * 1_000_000L + g.nextInt(1_000_000));
            int pod = g.nextInt(3);
            String rid = g.hex(16);
            int k = g.weighted(30, 14, 12, 10);
            if (!planted && t.isAfter(plantedAt)) {
                planted = true;
                LocalDateTime a = plantedAt;
                String cust = "cus_" + mixed(g, 14);
                lines.add(new LokiLine(a, 2, logfmt("level", "info", "ts", MILLI_Z.format(a), "caller", "checkout.go:141", "msg", "order created",
                        "order_id", order, "cart_id", "cart_" + mixed(g, 12), "customer_id", cust, "items", "2", "total_cents", "18999", "currency",
                        "EUR", "request_id", rid)));
                a = plusMillis(a, 5_004);
                lines.add(new LokiLine(a, 2, logfmt("level", "warn", "ts", MILLI_Z.format(a), "caller", "payments.go:176", "msg",
                        "payment attempt failed, retrying", "order_id", order, "psp", "adyen", "attempt", "1", "idempotency_key", order + "-auth",
                        "err", "Post \"" + adyen + "\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")));
                a = plusMillis(a, 311);
                lines.add(new LokiLine(a, 2, logfmt("level", "error", "ts", MILLI_Z.format(a), "caller", "payments.go:212", "msg",
                        "payment authorization failed", "order_id", order, "psp", "adyen", "attempt", "2", "idempotency_key", order + "-auth",
                        "status", "422", "err", "adyen: 422 Unprocessable Entity: errorCode=704 message=\"request already processed or in progress\"")));
                a = plusMillis(a, 2);
                lines.add(new LokiLine(a, 2, logfmt("level", "info", "ts", MILLI_Z.format(a), "caller", "checkout.go:188", "msg",
                        "order marked failed", "order_id", order, "status", "payment_failed")));
                a = plusMillis(a, 1);
                lines.add(new LokiLine(a, 2, logfmt("level", "info", "ts", MILLI_Z.format(a), "caller", "http.go:88", "msg", "request completed",
                        "method", "POST", "path", "/v1/checkout", "status", "502", "duration_ms", "5319", "order_id", order, "request_id", rid)));
                a = a.plusSeconds(128).plusNanos(771_000_000L);
                lines.add(new LokiLine(a, 0, logfmt("level", "info", "ts", MILLI_Z.format(a), "caller", "webhooks.go:57", "msg",
                        "adyen notification received", "event", "AUTHORISATION", "success", "true", "psp_ref", "V4HZ4RBFJGXXGN82", "merchant_ref",
                        order, "amount_cents", "18999")));
                a = plusMillis(a, 3);
                lines.add(new LokiLine(a, 0, logfmt("level", "warn", "ts", MILLI_Z.format(a), "caller", "webhooks.go:94", "msg",
                        "ignoring authorisation for order not awaiting payment", "order_id", order, "order_status", "payment_failed",
                        "psp_ref", "V4HZ4RBFJGXXGN82")));
                continue;
            }
            switch (k) {
                case 0 -> {
                    String oid = "ord_" + mixed(g, 6).toUpperCase(Locale.ROOT);
                    int total = g.between(999, 64_900);
                    LocalDateTime a = t;
                    lines.add(new LokiLine(a, pod, logfmt("level", "info", "ts", MILLI_Z.format(a), "caller", "checkout.go:141", "msg", "order created",
                            "order_id", oid, "cart_id", "cart_" + mixed(g, 12), "customer_id", "cus_" + mixed(g, 14), "items",
                            String.valueOf(g.between(1, 6)), "total_cents", String.valueOf(total), "currency", "EUR", "request_id", rid)));
                    boolean retry = timeouts < 2 && g.chance(0.04);
                    if (retry) {
                        timeouts++;
                        a = plusMillis(a, 5_003);
                        lines.add(new LokiLine(a, pod, logfmt("level", "warn", "ts", MILLI_Z.format(a), "caller", "payments.go:176", "msg",
                                "payment attempt failed, retrying", "order_id", oid, "psp", "adyen", "attempt", "1", "idempotency_key", oid + "-auth",
                                "err", "Post \"" + adyen + "\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")));
                    }
                    a = plusMillis(a, g.between(180, 900));
                    String status;
                    if (g.chance(0.06)) {
                        String why = g.pick(declines);
                        lines.add(new LokiLine(a, pod, logfmt("level", "warn", "ts", MILLI_Z.format(a), "caller", "payments.go:203", "msg",
                                "payment declined", "order_id", oid, "psp", "adyen", "result_code", "Refused", "refusal_reason", why)));
                        status = "402";
                    } else {
                        lines.add(new LokiLine(a, pod, logfmt("level", "info", "ts", MILLI_Z.format(a), "caller", "payments.go:188", "msg",
                                "payment authorized", "order_id", oid, "psp", "adyen", "attempt", retry ? "2" : "1", "psp_ref",
                                mixed(g, 16).toUpperCase(Locale.ROOT), "amount_cents", String.valueOf(total))));
                        a = plusMillis(a, g.between(2, 30));
                        lines.add(new LokiLine(a, pod, logfmt("level", "info", "ts", MILLI_Z.format(a), "caller", "events.go:77", "msg",
                                "event published", "topic", "orders.created", "order_id", oid, "partition", String.valueOf(g.nextInt(12)), "offset",
                                String.valueOf(g.between(4_810_000, 4_890_000)))));
                        status = "201";
                    }
                    a = plusMillis(a, g.between(1, 6));
                    lines.add(new LokiLine(a, pod, logfmt("level", "info", "ts", MILLI_Z.format(a), "caller", "http.go:88", "msg", "request completed",
                            "method", "POST", "path", "/v1/checkout", "status", status, "duration_ms", String.valueOf(java.time.Duration.between(t, a)
                            .toMillis() + g.between(3, 20)), "order_id", oid, "request_id", rid)));
                }
                case 1 -> lines.add(new LokiLine(t, pod, logfmt("level", "info", "ts", MILLI_Z.format(t), "caller", "http.go:88", "msg",
                        "request completed", "method", "GET", "path", "/v1/cart", "status", g.chance(0.03) ? "401" : "200", "duration_ms",
                        String.valueOf(g.between(3, 60)), "request_id", rid)));
                case 2 -> lines.add(new LokiLine(t, pod, logfmt("level", "info", "ts", MILLI_Z.format(t), "caller", "http.go:88", "msg",
                        "request completed", "method", "POST", "path", "/v1/shipping/quote", "status", "200", "duration_ms",
                        String.valueOf(g.between(40, 400)), "carrier", g.pick("dhl", "ups", "postnl", "dpd"), "request_id", rid)));
                default -> lines.add(new LokiLine(t, pod, logfmt("level", "info", "ts", MILLI_Z.format(t), "caller", "http.go:88", "msg",
                        "request completed", "method", "GET", "path", "/v1/orders/ord_" + mixed(g, 6).toUpperCase(Locale.ROOT), "status",
                        g.chance(0.05) ? "404" : "200", "duration_ms", String.valueOf(g.between(4, 90)), "request_id", rid)));
            }
        }
        List<Object> result = new ArrayList<>();
        int total = 0;
        for (int p = 0; p < pods.length; p++) {
            final int pod = p;
            List<LokiLine> mine = new ArrayList<>(lines.stream().filter(l -> l.pod() == pod).toList());
            mine.sort(Comparator.comparing(LokiLine::at).reversed());
            List<Object> values = new ArrayList<>();
            for (LokiLine l : mine) {
                values.add(arr(String.valueOf(epochNanos(l.at()) + g.nextInt(1000)), l.line()));
            }
            total += values.size();
            String uid = uuid(g);
            result.add(obj("stream", obj("app", "checkout-api", "container", "checkout-api", "filename", "/var/log/pods/checkout_" + pods[p] + "_"
                    + uid + "/checkout-api/0.log", "job", "checkout/checkout-api", "namespace", "checkout", "node_name", nodes[p], "pod", pods[p],
                    "stream", "stderr"), "values", values));
        }
        long decompressed = g.between(30_000_000, 40_000_000);
        Map<String, Object> chunk = obj("headChunkBytes", 0, "headChunkLines", 0, "decompressedBytes", decompressed, "decompressedLines",
                g.between(140_000, 160_000), "compressedBytes", decompressed / 9, "totalDuplicates", 0, "postFilterLines", total,
                "headChunkStructuredMetadataBytes", 0, "decompressedStructuredMetadataBytes", 0);
        Map<String, Object> cacheStats = obj("entriesFound", 0, "entriesRequested", 0, "entriesStored", 0, "bytesReceived", 0, "bytesSent", 0,
                "requests", 0, "downloadTime", 0, "queryLengthServed", 0);
        Map<String, Object> stats = obj("summary", obj("bytesProcessedPerSecond", g.between(80_000_000, 120_000_000), "linesProcessedPerSecond",
                g.between(300_000, 500_000), "totalBytesProcessed", decompressed, "totalLinesProcessed", g.between(140_000, 160_000), "execTime",
                new Raw("0.3" + g.between(10_000, 99_999)), "queueTime", new Raw("0.000" + g.between(100, 999)), "subqueries", 0,
                "totalEntriesReturned", total, "splits", 2, "shards", 1, "totalPostFilterLines", total, "totalStructuredMetadataBytesProcessed", 0),
                "querier", obj("store", obj("totalChunksRef", 18, "totalChunksDownloaded", 18, "chunksDownloadTime", g.between(20_000_000, 60_000_000),
                        "queryReferencedStructuredMetadata", false, "chunk", chunk, "chunkRefsFetchTime", g.between(900_000, 3_000_000),
                        "congestionControlLatency", 0, "pipelineWrapperFilteredLines", 0)),
                "ingester", obj("totalReached", 3, "totalChunksMatched", 6, "totalBatches", 4, "totalLinesSent", g.between(200, 400), "store",
                        obj("totalChunksRef", 0, "totalChunksDownloaded", 0, "chunksDownloadTime", 0, "queryReferencedStructuredMetadata", false,
                                "chunk", obj("headChunkBytes", g.between(100_000, 300_000), "headChunkLines", g.between(200, 400),
                                        "decompressedBytes", 0, "decompressedLines", 0, "compressedBytes", 0, "totalDuplicates", 0),
                                "chunkRefsFetchTime", 0, "congestionControlLatency", 0, "pipelineWrapperFilteredLines", 0)),
                "cache", obj("chunk", cacheStats, "index", cacheStats, "result", cacheStats, "statsResult", cacheStats, "volumeResult", cacheStats,
                        "seriesResult", cacheStats, "labelResult", cacheStats, "instantMetricResult", cacheStats));
        String text = pretty(obj("status", "success", "data", obj("resultType", "streams", "result", result, "stats", stats)), 2) + "\n";
        requireSize(text, 60, 200);
        requireLineCount(text, 1500, 3000);
        if (total > 1000) {
            throw new IllegalStateException("more entries than the query's limit: " + total);
        }
        List<Needle> needles = new ArrayList<>();
        for (LokiLine l : lines) {
            if (l.line().contains(order) && !l.line().contains("msg=\"order created\"") && !l.line().contains("msg=\"order marked failed\"")
                    && !l.line().contains("msg=\"adyen notification received\"")) {
                String escaped = Json.escape(l.line());
                requireCount(text, escaped, 1);
                needles.add(Needle.contains(escaped));
            }
        }
        if (needles.size() != 4) {
            throw new IllegalStateException("needles " + needles.size());
        }
        requireCount(text, order, 9);
        return NeedleCase.named("fresh17_loki_query_range", "json", "loki-query-range-json")
                .shell("curl -sG http://loki-gateway.monitoring/loki/api/v1/query_range --data-urlencode 'query={namespace=\"checkout\","
                        + " app=\"checkout-api\"}' --data-urlencode 'start=2026-12-07T10:37:00Z' --data-urlencode 'end=2026-12-07T10:48:00Z'"
                        + " --data-urlencode 'limit=1000' | jq .")
                .question("A customer says checkout of order ord_8K2M4Q failed at about 10:42 but their card was charged anyway. What did the"
                        + " payment calls for that order return, and was the payment actually authorised?")
                .heldAside()
                .build(text, needles);
    }

    // ---------------------------------------------------------------- journalctl -o json

    private static final class Journal {
        private final Gen g;
        private final String boot;
        private final String machine;
        private final String seqnum;
        private final LocalDateTime bootAt;
        private long seq;
        private final List<String> out = new ArrayList<>();

        Journal(Gen g, LocalDateTime bootAt) {
            this.g = g;
            this.boot = g.hex(32);
            this.machine = g.hex(32);
            this.seqnum = g.hex(32);
            this.bootAt = bootAt;
            this.seq = 0x2c41a0L + g.between(0, 4000);
        }

        /** One entry: the cursor and timestamps, then {@code fields} (string values), then the machine, host and boot. */
        String add(LocalDateTime t, Object... fields) {
            long real = epochMicros(t);
            long mono = real - epochMicros(bootAt) + g.nextInt(1000);
            seq++;
            Map<String, Object> m = obj("__CURSOR", "s=" + seqnum + ";i=" + Long.toHexString(seq) + ";b=" + boot + ";m=" + Long.toHexString(mono)
                    + ";t=" + Long.toHexString(real) + ";x=" + g.hex(16), "__REALTIME_TIMESTAMP", String.valueOf(real), "__MONOTONIC_TIMESTAMP",
                    String.valueOf(mono), "_BOOT_ID", boot);
            m.putAll(obj(fields));
            m.put("_MACHINE_ID", machine);
            m.put("_HOSTNAME", "db-02");
            m.put("_RUNTIME_SCOPE", "system");
            String line = compact(m);
            out.add(line);
            return line;
        }

        String text() {
            return String.join("\n", out) + "\n";
        }
    }

    /** A message of PID 1 about a unit, with the fields systemd adds to it. */
    private static String systemd(Journal j, LocalDateTime t, String priority, String unit, String invocation, String messageId, String codeLine,
            String func, String msg) {
        List<Object> f = new ArrayList<>(List.of("PRIORITY", priority, "SYSLOG_FACILITY", "3", "SYSLOG_IDENTIFIER", "systemd", "_TRANSPORT",
                "journal", "_PID", "1", "_UID", "0", "_GID", "0", "_COMM", "systemd", "_EXE", "/usr/lib/systemd/systemd", "_CMDLINE",
                "/sbin/init", "_CAP_EFFECTIVE", "1ffffffffff", "_SYSTEMD_CGROUP", "/init.scope", "_SYSTEMD_UNIT", "init.scope", "_SYSTEMD_SLICE",
                "-.slice", "CODE_FILE", codeLine.substring(0, codeLine.indexOf(':')), "CODE_LINE", codeLine.substring(codeLine.indexOf(':') + 1),
                "CODE_FUNC", func, "UNIT", unit));
        if (invocation != null) {
            f.add("INVOCATION_ID");
            f.add(invocation);
        }
        if (messageId != null) {
            f.add("MESSAGE_ID");
            f.add(messageId);
        }
        f.add("MESSAGE");
        f.add(msg);
        f.add("_SOURCE_REALTIME_TIMESTAMP");
        f.add(String.valueOf(epochMicros(t) - 13));
        return j.add(t, f.toArray());
    }

    private record JEvent(LocalDateTime at, int seq, java.util.function.Function<LocalDateTime, String> write) {}

    /**
     * {@code journalctl -o json} for 40 minutes of the night on the database host db-02: Postgres logging through syslog
     * (connections of the app, checkpoints, slow statements, autovacuum), cron's sysstat runs and sessions, the
     * sysstat-collect service every ten minutes, SSH logins of the monitoring user, logind sessions and UFW drops. At 02:00
     * the timer starts pg-backup.service; the script logs that it will dump the 46 GB orders database to
     * /var/backups/pg, where only 31 GB are free; at 02:31 pg_dump fails with {@code No space left on device}, Postgres
     * logs the broken connection of the backup user, and systemd reports the unit failed. The question asks why the
     * backup failed and where it was writing: the pg_dump error, the unit's failure and the start line with the path and
     * free space are the needles.
     */
    static NeedleCase journalctlJson() {
        Gen g = new Gen(200_005);
        LocalDateTime bootAt = LocalDateTime.of(2026, 11, 19, 6, 12, 41);
        Journal j = new Journal(g, bootAt);
        List<JEvent> events = new ArrayList<>();
        int[] seq = {0};
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 1, 55, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 2, 35, 0);
        java.util.function.BiConsumer<LocalDateTime, java.util.function.Function<LocalDateTime, String>> at =
                (t, w) -> events.add(new JEvent(t, seq[0]++, w));
        int[] pgLine = {88_214};
        String pgPid = "1187";
        // postgres through syslog: "[N-1] timestamp [pid] user@db LOG:  message"
        record PgMsg(String pid, String who, String level, String msg, String cmd) {}
        java.util.function.Function<PgMsg, java.util.function.Function<LocalDateTime, String>> postgres = m -> t -> j.add(t, "PRIORITY",
                m.level().equals("LOG") ? "6" : m.level().equals("WARNING") ? "4" : "3", "SYSLOG_FACILITY", "16", "SYSLOG_IDENTIFIER", "postgres",
                "SYSLOG_PID", m.pid(), "SYSLOG_TIMESTAMP", DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss ", Locale.ROOT).format(t), "_TRANSPORT",
                "syslog", "_PID", m.pid(), "_UID", "112", "_GID", "120", "_COMM", "postgres", "_EXE", "/usr/lib/postgresql/16/bin/postgres",
                "_CMDLINE", m.cmd(), "_SYSTEMD_CGROUP", "/system.slice/system-postgresql.slice/postgresql@16-main.service", "_SYSTEMD_UNIT",
                "postgresql@16-main.service", "_SYSTEMD_SLICE", "system-postgresql.slice", "MESSAGE", "[" + (pgLine[0]++) + "-1] "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT).format(t) + " [" + m.pid() + "] " + m.who() + m.level()
                + ":  " + m.msg(), "_SOURCE_REALTIME_TIMESTAMP", String.valueOf(epochMicros(t) - 9));
        // the app's connections and statements
        LocalDateTime t = start.plusSeconds(g.between(1, 20));
        while (t.isBefore(end)) {
            t = t.plusNanos(g.between(15, 75) * 1_000_000_000L + g.nextInt(1_000_000_000));
            String pid = String.valueOf(g.between(200_000, 299_999));
            String host = "10.0.3." + g.between(10, 99);
            int k = g.weighted(10, 6, 2);
            if (k == 0) {
                at.accept(t, postgres.apply(new PgMsg(pid, "[unknown]@[unknown] ", "LOG", "connection received: host=" + host + " port="
                        + g.between(32_768, 60_999), "postgres: 16/main: [local] startup")));
                at.accept(plusMillis(t, g.between(2, 9)), postgres.apply(new PgMsg(pid, "shop_app@shop ", "LOG",
                        "connection authorized: user=shop_app database=shop application_name=PostgreSQL JDBC Driver",
                        "postgres: 16/main: shop_app shop " + host + "(" + g.between(32_768, 60_999) + ") idle")));
            } else if (k == 1) {
                at.accept(t, postgres.apply(new PgMsg(pid, "shop_app@shop ", "LOG", "disconnection: session time: 0:" + fmt("%02d:%02d.%03d",
                        g.between(10, 59), g.between(0, 59), g.nextInt(1000)) + " user=shop_app database=shop host=" + host + " port="
                        + g.between(32_768, 60_999), "postgres: 16/main: shop_app shop " + host + " idle")));
            } else {
                at.accept(t, postgres.apply(new PgMsg(pid, "shop_app@shop ", "LOG", "duration: " + g.between(500, 2400) + "." + g.between(100, 999)
                        + " ms  statement: " + g.pick("SELECT o.id, o.status, o.total_cents FROM orders o WHERE o.customer_id = $1 ORDER BY"
                        + " o.created_at DESC LIMIT 50", "UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2", "SELECT count(*) FROM"
                        + " order_events WHERE created_at > now() - interval '1 day'"), "postgres: 16/main: shop_app shop " + host + " SELECT")));
            }
        }
        // checkpoints every five minutes
        for (LocalDateTime c = LocalDateTime.of(2026, 12, 7, 1, 55, 12); c.isBefore(end); c = c.plusMinutes(5)) {
            LocalDateTime cs = c.plusNanos(g.nextInt(1_000_000_000));
            at.accept(cs, postgres.apply(new PgMsg(pgPid, "", "LOG", "checkpoint starting: time", "postgres: 16/main: checkpointer ")));
            int buffers = g.between(900, 9_000);
            double write = 269.0 + g.nextInt(1000) / 1000.0;
            at.accept(cs.plusNanos((long) (write * 1e9)), postgres.apply(new PgMsg(pgPid, "", "LOG", fmt("checkpoint complete: wrote %d buffers"
                    + " (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.0%02d s, total=%.3f s; sync files=%d,"
                    + " longest=0.00%d s, average=0.001 s; distance=%d kB, estimate=%d kB; lsn=3A1/%08X, redo lsn=3A1/%08X", buffers,
                    buffers / 1310.72, g.between(1, 6), write, g.between(10, 60), write + 0.07, g.between(80, 260), g.between(2, 9),
                    g.between(20_000, 90_000), g.between(40_000, 70_000), g.nextInt(Integer.MAX_VALUE), g.nextInt(Integer.MAX_VALUE)),
                    "postgres: 16/main: checkpointer ")));
        }
        // cron and sysstat every ten minutes
        for (LocalDateTime c = LocalDateTime.of(2026, 12, 7, 2, 0, 0); c.isBefore(end); c = c.plusMinutes(10)) {
            String inv = g.hex(32);
            LocalDateTime a = c.plusNanos(g.between(5, 400) * 1_000_000L);
            at.accept(a, x -> systemd(j, x, "6", "sysstat-collect.service", inv, "7d4958e842da4a758f6c1cdc7b36dcc5", "src/core/job.c:581",
                    "job_emit_start_message", "Starting sysstat-collect.service - system activity accounting tool..."));
            LocalDateTime b = plusMillis(a, g.between(20, 60));
            at.accept(b, x -> systemd(j, x, "6", "sysstat-collect.service", inv, "7ad2d189f7e94e70a38c781354912448", "src/core/unit.c:5923",
                    "unit_log_success", "sysstat-collect.service: Deactivated successfully."));
            at.accept(plusMillis(b, 1), x -> systemd(j, x, "6", "sysstat-collect.service", inv, "39f53479d3a045ac8e11786248231fbf",
                    "src/core/job.c:797", "job_emit_done_message", "Finished sysstat-collect.service - system activity accounting tool."));
        }
        for (LocalDateTime c = LocalDateTime.of(2026, 12, 7, 1, 55, 1); c.isBefore(end); c = c.plusMinutes(15)) {
            String pid = String.valueOf(g.between(3_000_000, 3_200_000));
            LocalDateTime a = c.plusNanos(g.between(5, 400) * 1_000_000L);
            for (String[] m : new String[][] {{"10", "pam_unix(cron:session): session opened for user postgres(uid=112) by postgres(uid=0)"},
                {"9", "(postgres) CMD (/usr/local/bin/pg_stat_snapshot.sh >/dev/null 2>&1)"},
                {"10", "pam_unix(cron:session): session closed for user postgres"}}) {
                LocalDateTime x0 = a;
                at.accept(x0, x -> j.add(x, "PRIORITY", "6", "SYSLOG_FACILITY", m[0], "SYSLOG_IDENTIFIER", "CRON", "SYSLOG_PID", pid,
                        "SYSLOG_TIMESTAMP", DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss ", Locale.ROOT).format(x), "_TRANSPORT", "syslog", "_PID",
                        pid, "_UID", "0", "_GID", "0", "_COMM", "cron", "_EXE", "/usr/sbin/cron", "_CMDLINE", "/usr/sbin/CRON -f -P",
                        "_SYSTEMD_CGROUP", "/system.slice/cron.service", "_SYSTEMD_UNIT", "cron.service", "_SYSTEMD_SLICE", "system.slice",
                        "MESSAGE", m[1], "_SOURCE_REALTIME_TIMESTAMP", String.valueOf(epochMicros(x) - 7)));
                a = plusMillis(a, g.between(100, 900));
            }
        }
        // ssh logins of the monitoring user, with logind
        int session = 48_112;
        for (LocalDateTime c = start.plusSeconds(g.between(60, 200)); c.isBefore(end); c = c.plusSeconds(g.between(400, 900))) {
            String pid = String.valueOf(g.between(3_200_000, 3_300_000));
            String port = String.valueOf(g.between(40_000, 60_999));
            int sess = session++;
            String[] msgs = {"Accepted publickey for nagios from 10.0.0.12 port " + port + " ssh2: ED25519 SHA256:q7Hn1cKXv0yZ3eT9uBfW2dLm8sRpA4oJiNgV6xEhCkY",
                "pam_unix(sshd:session): session opened for user nagios(uid=1004) by nagios(uid=0)",
                "Received disconnect from 10.0.0.12 port " + port + ":11: disconnected by user",
                "Disconnected from user nagios 10.0.0.12 port " + port, "pam_unix(sshd:session): session closed for user nagios"};
            LocalDateTime a = c;
            for (int i = 0; i < msgs.length; i++) {
                String msg = msgs[i];
                String fac = i == 1 || i == 4 ? "10" : "4";
                at.accept(a, x -> j.add(x, "PRIORITY", "6", "SYSLOG_FACILITY", fac, "SYSLOG_IDENTIFIER", "sshd", "SYSLOG_PID", pid,
                        "SYSLOG_TIMESTAMP", DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss ", Locale.ROOT).format(x), "_TRANSPORT", "syslog", "_PID",
                        pid, "_UID", "0", "_GID", "0", "_COMM", "sshd", "_EXE", "/usr/sbin/sshd", "_CMDLINE", "sshd: nagios [priv]",
                        "_SYSTEMD_CGROUP", "/system.slice/ssh.service", "_SYSTEMD_UNIT", "ssh.service", "_SYSTEMD_SLICE", "system.slice", "MESSAGE",
                        msg, "_SOURCE_REALTIME_TIMESTAMP", String.valueOf(epochMicros(x) - 5)));
                if (i == 1) {
                    LocalDateTime l = plusMillis(a, 3);
                    at.accept(l, x -> j.add(x, "PRIORITY", "6", "SYSLOG_FACILITY", "4", "SYSLOG_IDENTIFIER", "systemd-logind", "_TRANSPORT",
                            "journal", "_PID", "712", "_UID", "0", "_GID", "0", "_COMM", "systemd-logind", "_EXE", "/usr/lib/systemd/systemd-logind",
                            "_CMDLINE", "/usr/lib/systemd/systemd-logind", "_SYSTEMD_CGROUP", "/system.slice/systemd-logind.service", "_SYSTEMD_UNIT",
                            "systemd-logind.service", "_SYSTEMD_SLICE", "system.slice", "MESSAGE_ID", "8d45620c1a4348dbb17410da57c60c66", "SESSION_ID",
                            String.valueOf(sess), "USER_ID", "nagios", "LEADER", pid, "MESSAGE", "New session " + sess + " of user nagios.",
                            "_SOURCE_REALTIME_TIMESTAMP", String.valueOf(epochMicros(x) - 4)));
                    a = a.plusSeconds(g.between(2, 6));
                } else if (i == 4) {
                    LocalDateTime l = plusMillis(a, 2);
                    at.accept(l, x -> systemd(j, x, "6", "session-" + sess + ".scope", null, null, "src/core/unit.c:5923", "unit_log_success",
                            "session-" + sess + ".scope: Deactivated successfully."));
                    at.accept(plusMillis(l, 1), x -> j.add(x, "PRIORITY", "6", "SYSLOG_FACILITY", "4", "SYSLOG_IDENTIFIER", "systemd-logind",
                            "_TRANSPORT", "journal", "_PID", "712", "_UID", "0", "_GID", "0", "_COMM", "systemd-logind", "_EXE",
                            "/usr/lib/systemd/systemd-logind", "_CMDLINE", "/usr/lib/systemd/systemd-logind", "_SYSTEMD_CGROUP",
                            "/system.slice/systemd-logind.service", "_SYSTEMD_UNIT", "systemd-logind.service", "_SYSTEMD_SLICE", "system.slice",
                            "MESSAGE_ID", "3354939424b4456d9802ca8333ed424a", "SESSION_ID", String.valueOf(sess), "USER_ID", "nagios", "MESSAGE",
                            "Removed session " + sess + ".", "_SOURCE_REALTIME_TIMESTAMP", String.valueOf(epochMicros(x) - 4)));
                } else {
                    a = plusMillis(a, g.between(1, 40));
                }
            }
        }
        // UFW drops from the kernel
        for (int i = 0; i < 10; i++) {
            LocalDateTime a = start.plusSeconds(g.between(0, 2399)).plusNanos(g.nextInt(1_000_000_000));
            String src = g.ip();
            String msg = "[UFW BLOCK] IN=ens5 OUT= MAC=0a:1f:" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2)
                    + ":0a:4b:9c:21:7e:d3:08:00 SRC=" + src + " DST=10.0.1.20 LEN=" + g.pick(40, 44, 60) + " TOS=0x00 PREC=0x00 TTL=" + g.between(40, 250)
                    + " ID=" + g.between(1, 65_535) + " PROTO=TCP SPT=" + g.between(1024, 65_535) + " DPT=" + g.pick(22, 23, 3389, 5432, 6379, 8080, 445)
                    + " WINDOW=" + g.pick(1024, 65_535, 29_200) + " RES=0x00 SYN URGP=0 ";
            at.accept(a, x -> j.add(x, "PRIORITY", "4", "SYSLOG_FACILITY", "0", "SYSLOG_IDENTIFIER", "kernel", "_TRANSPORT", "kernel",
                    "_SOURCE_MONOTONIC_TIMESTAMP", String.valueOf(epochMicros(x) - epochMicros(bootAt) - 211), "MESSAGE", msg));
        }
        // the backup
        LocalDateTime b0 = LocalDateTime.of(2026, 12, 7, 2, 0, 0).plusNanos(412_118_000);
        String inv = g.hex(32);
        String scriptPid = "3198021";
        at.accept(b0, x -> systemd(j, x, "6", "pg-backup.service", inv, "7d4958e842da4a758f6c1cdc7b36dcc5", "src/core/job.c:581",
                "job_emit_start_message", "Starting pg-backup.service - Nightly pg_dump of orders..."));
        at.accept(plusMillis(b0, 4), x -> systemd(j, x, "6", "pg-backup.service", inv, "39f53479d3a045ac8e11786248231fbf", "src/core/job.c:797",
                "job_emit_done_message", "Started pg-backup.service - Nightly pg_dump of orders."));
        java.util.function.BiFunction<LocalDateTime, String, String> script = (x, msg) -> j.add(x, "PRIORITY", "6", "SYSLOG_FACILITY", "3",
                "SYSLOG_IDENTIFIER", "pg-backup", "_TRANSPORT", "stdout", "_STREAM_ID", "5e0b9c31d27a4f8e9a61c4d3b2f07e15", "_PID", scriptPid,
                "_UID", "112", "_GID", "120", "_COMM", "pg-backup.sh", "_EXE", "/usr/bin/bash", "_CMDLINE", "/bin/bash /usr/local/bin/pg-backup.sh orders",
                "_CAP_EFFECTIVE", "0", "_SYSTEMD_CGROUP", "/system.slice/pg-backup.service", "_SYSTEMD_UNIT", "pg-backup.service", "_SYSTEMD_SLICE",
                "system.slice", "_SYSTEMD_INVOCATION_ID", inv, "MESSAGE", msg);
        String startMsg = "pg-backup: dumping database orders (46 GB on disk) to /var/backups/pg/orders-2026-12-07T0200.dump, 31G available on"
                + " /var/backups (/dev/nvme1n1p1)";
        String[] startLine = new String[1];
        at.accept(plusMillis(b0, 31), x -> script.apply(x, "pg-backup: removing dumps older than 3 days: orders-2026-12-03T0200.dump"));
        at.accept(plusMillis(b0, 58), x -> startLine[0] = script.apply(x, startMsg));
        String dumpPid = "3198044";
        at.accept(plusMillis(b0, 97), postgres.apply(new PgMsg(dumpPid, "[unknown]@[unknown] ", "LOG", "connection received: host=[local]",
                "postgres: 16/main: [local] startup")));
        at.accept(plusMillis(b0, 99), postgres.apply(new PgMsg(dumpPid, "backup@orders ", "LOG",
                "connection authorized: user=backup database=orders application_name=pg_dump", "postgres: 16/main: backup orders [local] idle")));
        LocalDateTime fail = LocalDateTime.of(2026, 12, 7, 2, 31, 44).plusNanos(902_311_000);
        String dumpError = "pg_dump: error: could not write to output file: No space left on device";
        at.accept(fail, x -> script.apply(x, dumpError));
        at.accept(plusMillis(fail, 6), postgres.apply(new PgMsg(dumpPid, "backup@orders ", "LOG", "could not send data to client: Broken pipe",
                "postgres: 16/main: backup orders [local] COPY")));
        at.accept(plusMillis(fail, 6), postgres.apply(new PgMsg(dumpPid, "backup@orders ", "STATEMENT", "COPY public.order_events (id, order_id,"
                + " type, payload, created_at) TO stdout;", "postgres: 16/main: backup orders [local] COPY")));
        at.accept(plusMillis(fail, 7), postgres.apply(new PgMsg(dumpPid, "backup@orders ", "FATAL", "connection to client lost",
                "postgres: 16/main: backup orders [local] COPY")));
        at.accept(plusMillis(fail, 40), x -> script.apply(x, "pg-backup: pg_dump exited with status 1, removing partial dump"
                + " /var/backups/pg/orders-2026-12-07T0200.dump"));
        List<String> failed = new ArrayList<>();
        at.accept(plusMillis(fail, 1_204), x -> {
            String l = systemd(j, x, "6", "pg-backup.service", inv, "98e322203f7a4ed290d09fe03c09fe15", "src/core/service.c:3871",
                    "service_sigchld_event", "pg-backup.service: Main process exited, code=exited, status=1/FAILURE");
            failed.add(l);
            return l;
        });
        at.accept(plusMillis(fail, 1_205), x -> {
            String l = systemd(j, x, "4", "pg-backup.service", inv, "d9b373ed55a64feb8242e02dbe79a49c", "src/core/unit.c:5930",
                    "unit_log_failure", "pg-backup.service: Failed with result 'exit-code'.");
            failed.add(l);
            return l;
        });
        at.accept(plusMillis(fail, 1_206), x -> {
            String l = systemd(j, x, "3", "pg-backup.service", inv, "be02cf6855d2428ba40df7e9d022f03d", "src/core/job.c:797",
                    "job_emit_done_message", "Failed to start pg-backup.service - Nightly pg_dump of orders.");
            failed.add(l);
            return l;
        });
        at.accept(plusMillis(fail, 1_207), x -> systemd(j, x, "6", "pg-backup.service", inv, "ae8f7b866b0347b9af31fe1c80b127c0",
                "src/core/unit.c:2476", "unit_log_resources", "pg-backup.service: Consumed 24min 51.208s CPU time, 612.4M memory peak, 0B memory swap"
                + " peak."));
        events.sort(Comparator.comparing(JEvent::at).thenComparingInt(JEvent::seq));
        for (JEvent e : events) {
            e.write().apply(e.at());
        }
        String text = j.text();
        requireSize(text, 100, 200);
        requireLineCount(text, 150, 400);
        requireCount(text, dumpError, 1);
        requireCount(text, "pg-backup.service: Failed with result", 1);
        requireCount(text, "31G available", 1);
        return NeedleCase.named("fresh17_journalctl_json", "jsonl", "journalctl-json")
                .shell("ssh db-02 'journalctl -o json --since \"2026-12-07 01:55\" --until \"2026-12-07 02:35\"'")
                .question("The nightly pg-backup on db-02 did not upload a dump last night. Why did it fail, and where was it writing the dump?")
                .heldAside()
                .build(text, List.of(Needle.contains(dumpError), Needle.anyOf(failed), Needle.exact(startLine[0])));
    }

    // ---------------------------------------------------------------- Suricata eve.json

    private record Eve(LocalDateTime at, int seq, String line) {}

    private static long flowId(Gen g) {
        return 1_000_000_000_000_000L + (long) (g.nextDouble() * 1_200_000_000_000_000L);
    }

    private static Map<String, Object> eveHead(LocalDateTime t, long flow, String type, String src, int sport, String dst, int dport, String proto) {
        Map<String, Object> m = obj("timestamp", MICRO_OFFSET.format(t), "flow_id", flow, "in_iface", "ens5", "event_type", type, "src_ip", src);
        if (sport >= 0) {
            m.put("src_port", sport);
        }
        m.put("dest_ip", dst);
        if (dport >= 0) {
            m.put("dest_port", dport);
        }
        m.put("proto", proto);
        return m;
    }

    /**
     * The tail of Suricata 8's {@code eve.json} on the office uplink sensor (stats records filtered out): flows, DNS queries
     * and answers, TLS handshakes with SNI and JA3, a few HTTP records and app-layer anomalies, and low-severity alerts (severity 2 and
     * 3: .cloud DNS lookups, APT user agents, stream anomalies). Workstation 10.20.4.57 resolves
     * cdn-update-check.top every five minutes and opens a TLS session to 185.174.101.23 about once a minute; one alert of
     * severity 1 ({@code A Network Trojan was detected}, a Cobalt Strike certificate) fires on that session. The question
     * asks for severe alerts and what the suspected host talked to: the alert, its DNS lookups and its flows to the C2
     * address are the needles.
     */
    static NeedleCase suricataEve() {
        Gen g = new Gen(200_006);
        List<Eve> events = new ArrayList<>();
        int[] seq = {0};
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 10, 4, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 10, 16, 0);
        String dns = "10.20.0.2";
        String bad = "10.20.4.57";
        String c2 = "185.174.101.23";
        String c2Name = "cdn-update-check.top";
        String[][] sites = {{"outlook.office365.com", "52.97.201.34"}, {"teams.microsoft.com", "52.113.194.132"}, {"www.google.com", "142.250.185.68"},
            {"slack.com", "3.66.94.222"}, {"api.github.com", "140.82.121.6"}, {"github.com", "140.82.121.4"}, {"zoom.us", "170.114.52.2"},
            {"login.microsoftonline.com", "20.190.159.2"}, {"update.googleapis.com", "142.250.186.35"}, {"www.bbc.co.uk", "151.101.0.81"},
            {"d1.awsstatic.com", "18.66.122.13"}, {"s3.eu-central-1.amazonaws.com", "52.219.170.41"}, {"clients4.google.com", "142.250.184.206"},
            {"fonts.gstatic.com", "142.250.185.99"}, {"cdn.jsdelivr.net", "151.101.1.229"}, {"registry.npmjs.org", "104.16.26.34"},
            {"pypi.org", "151.101.64.223"}, {"drive.google.com", "142.250.185.238"}, {"api.notion.com", "104.18.22.110"},
            {"status.example-saas.cloud", "172.67.140.12"}, {"linear.app", "76.76.21.21"}};
        String[] ja3 = {"cd08e31494f9531f560d64c695473da9", "773906b0efdefa24a7f2b8eb6985bf37", "b32309a26951912be7dba376398abc3b",
            "579ccef312d18482fc42e2b822ca2430"};
        LocalDateTime t = start;
        while (t.isBefore(end)) {
            t = t.plusNanos(g.between(600, 6_000) * 1_000_000L + g.nextInt(1000) * 1000L);
            String host = "10.20." + g.pick(4, 4, 4, 5, 6) + "." + g.between(11, 89);
            if (host.equals(bad)) {
                continue;
            }
            String[] site = g.pick(sites);
            long flow = flowId(g);
            int sport = g.between(49_152, 65_535);
            int k = g.weighted(34, 26, 18, 5, 3, 4);
            switch (k) {
                case 0 -> {
                    long age = g.between(0, 240);
                    LocalDateTime st = t.minusSeconds(age + g.between(30, 120));
                    int pts = g.between(6, 900);
                    Map<String, Object> m = eveHead(t, flow, "flow", host, sport, site[1], 443, "TCP");
                    m.put("app_proto", "tls");
                    m.put("flow", obj("pkts_toserver", pts, "pkts_toclient", pts + g.between(-3, 40), "bytes_toserver", pts * g.between(90, 300),
                            "bytes_toclient", pts * g.between(200, 1400), "start", MICRO_OFFSET.format(st), "end", MICRO_OFFSET.format(st.plusSeconds(age)),
                            "age", age, "state", "closed", "reason", "timeout", "alerted", false));
                    m.put("tcp", obj("tcp_flags", "1b", "tcp_flags_ts", "1b", "tcp_flags_tc", "1b", "syn", true, "fin", true, "psh", true, "ack", true,
                            "state", "closed", "ts_max_regions", 1, "tc_max_regions", 1));
                    events.add(new Eve(t, seq[0]++, compact(m)));
                }
                case 1 -> {
                    int id = g.nextInt(65_536);
                    Map<String, Object> q = eveHead(t, flow, "dns", host, sport, dns, 53, "UDP");
                    q.put("pkt_src", "wire/pcap");
                    q.put("dns", obj("version", 3, "type", "request", "tx_id", 0, "id", id, "flags", "100", "rd", true, "opcode", 0, "queries",
                            arr(obj("rrname", site[0], "rrtype", "A"))));
                    events.add(new Eve(t, seq[0]++, compact(q)));
                    LocalDateTime a = t.plusNanos(g.between(1, 30) * 1_000_000L);
                    Map<String, Object> r = eveHead(a, flow, "dns", dns, 53, host, sport, "UDP");
                    r.put("pkt_src", "wire/pcap");
                    r.put("dns", obj("version", 3, "type", "response", "tx_id", 0, "id", id, "flags", "8180", "qr", true, "rd", true, "ra", true,
                            "opcode", 0, "rcode", "NOERROR", "queries", arr(obj("rrname", site[0], "rrtype", "A")), "answers", arr(obj("rrname",
                            site[0], "rrtype", "A", "ttl", g.between(20, 300), "rdata", site[1]))));
                    events.add(new Eve(a, seq[0]++, compact(r)));
                    if (site[0].endsWith(".cloud") && g.chance(0.5)) {
                        Map<String, Object> al = eveHead(t, flow, "alert", host, sport, dns, 53, "UDP");
                        al.put("pkt_src", "wire/pcap");
                        al.put("tx_id", 0);
                        al.put("alert", obj("action", "allowed", "gid", 1, "signature_id", 2027758, "rev", 5, "signature",
                                "ET INFO Observed DNS Query to .cloud TLD", "category", "Potentially Bad Traffic", "severity", 2, "metadata",
                                obj("created_at", arr("2019_07_26"), "deployment", arr("Perimeter"), "signature_severity", arr("Informational"),
                                        "updated_at", arr("2020_09_17"))));
                        al.put("dns", obj("query", arr(obj("type", "query", "id", id, "rrname", site[0], "rrtype", "A", "tx_id", 0, "opcode", 0))));
                        al.put("app_proto", "dns");
                        al.put("direction", "to_server");
                        al.put("flow", obj("pkts_toserver", 1, "pkts_toclient", 0, "bytes_toserver", 84, "bytes_toclient", 0, "start",
                                MICRO_OFFSET.format(t), "src_ip", host, "dest_ip", dns, "src_port", sport, "dest_port", 53));
                        events.add(new Eve(t, seq[0]++, compact(al)));
                    }
                }
                case 2 -> {
                    Map<String, Object> m = eveHead(t, flow, "tls", host, sport, site[1], 443, "TCP");
                    m.put("pkt_src", "wire/pcap");
                    m.put("tls", obj("subject", "CN=" + (site[0].startsWith("www.") ? site[0] : "*." + site[0].substring(site[0].indexOf('.') + 1)),
                            "issuerdn", g.pick("C=US, O=DigiCert Inc, CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1", "C=US, O=Google Trust Services,"
                            + " CN=WR2", "C=US, O=Let's Encrypt, CN=R11", "C=US, O=Microsoft Corporation, CN=Microsoft Azure RSA TLS Issuing CA 04"),
                            "serial", g.hex(2).toUpperCase(Locale.ROOT) + ":" + g.hex(2).toUpperCase(Locale.ROOT) + ":" + g.hex(2).toUpperCase(Locale.ROOT)
                            + ":" + g.hex(2).toUpperCase(Locale.ROOT), "fingerprint", g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":"
                            + g.hex(2) + ":" + g.hex(2), "sni", site[0], "version", "TLS 1.3", "notbefore", "2026-10-" + fmt("%02d", g.between(1, 28))
                            + "T08:14:02", "notafter", "2027-01-" + fmt("%02d", g.between(1, 28)) + "T08:14:01", "ja3", obj("hash", g.pick(ja3)),
                            "ja3s", obj("hash", g.hex(32))));
                    events.add(new Eve(t, seq[0]++, compact(m)));
                }
                case 3 -> {
                    String ua = g.chance(0.5) ? "Debian APT-HTTP/1.3 (2.6.1)" : "Microsoft-CryptoAPI/10.0";
                    String hostName = ua.startsWith("Debian") ? "deb.debian.org" : "ctldl.windowsupdate.com";
                    String url = ua.startsWith("Debian") ? "/debian/dists/bookworm-updates/InRelease" : "/msdownload/update/v3/static/trustedr/en/"
                            + "disallowedcertstl.cab?" + g.hex(16);
                    Map<String, Object> m = eveHead(t, flow, "http", host, sport, ua.startsWith("Debian") ? "151.101.2.132" : "93.184.221.240", 80, "TCP");
                    m.put("tx_id", 0);
                    m.put("http", obj("hostname", hostName, "url", url, "http_user_agent", ua, "http_content_type", ua.startsWith("Debian")
                            ? "text/plain" : "application/vnd.ms-cab-compressed", "http_method", "GET", "protocol", "HTTP/1.1", "status", 200,
                            "length", g.between(2_000, 120_000)));
                    events.add(new Eve(t, seq[0]++, compact(m)));
                    if (ua.startsWith("Debian") && g.chance(0.7)) {
                        Map<String, Object> al = eveHead(t, flow, "alert", host, sport, "151.101.2.132", 80, "TCP");
                        al.put("tx_id", 0);
                        al.put("alert", obj("action", "allowed", "gid", 1, "signature_id", 2013504, "rev", 6, "signature",
                                "ET POLICY GNU/Linux APT User-Agent Outbound likely related to package management", "category", "Not Suspicious Traffic",
                                "severity", 3, "metadata", obj("created_at", arr("2011_08_31"), "updated_at", arr("2020_04_22"))));
                        al.put("http", obj("hostname", hostName, "url", url, "http_user_agent", ua, "http_method", "GET", "protocol", "HTTP/1.1"));
                        al.put("app_proto", "http");
                        al.put("direction", "to_server");
                        events.add(new Eve(t, seq[0]++, compact(al)));
                    }
                }
                case 4 -> {
                    Map<String, Object> al = eveHead(t, flow, "alert", site[1], 443, host, sport, "TCP");
                    al.put("alert", obj("action", "allowed", "gid", 1, "signature_id", 2210029, "rev", 2, "signature",
                            "SURICATA STREAM ESTABLISHED invalid ack", "category", "Generic Protocol Command Decode", "severity", 3));
                    al.put("app_proto", "tls");
                    al.put("direction", "to_client");
                    events.add(new Eve(t, seq[0]++, compact(al)));
                }
                default -> {
                    Map<String, Object> m = eveHead(t, flow, "anomaly", host, sport, site[1], 443, "TCP");
                    m.put("anomaly", obj("app_proto", "tls", "type", "applayer", "event", "INVALID_RECORD_TYPE", "layer", "proto_parser"));
                    events.add(new Eve(t, seq[0]++, compact(m)));
                }
            }
        }
        // the beacon
        List<String> dnsLines = new ArrayList<>();
        List<String> flowLines = new ArrayList<>();
        String alertLine = null;
        int beacons = 0;
        for (LocalDateTime b = start.plusSeconds(37).plusNanos(118_000_000); b.isBefore(end.minusSeconds(30));
                b = b.plusSeconds(55 + g.between(0, 10)).plusNanos(g.nextInt(1_000_000_000))) {
            long flow = flowId(g);
            int sport = g.between(49_152, 65_535);
            if (beacons % 5 == 0) {
                int id = g.nextInt(65_536);
                int dport = g.between(49_152, 65_535);
                LocalDateTime q = b.minusNanos(g.between(20, 80) * 1_000_000L);
                Map<String, Object> dq = eveHead(q, flowId(g), "dns", bad, dport, dns, 53, "UDP");
                dq.put("pkt_src", "wire/pcap");
                dq.put("dns", obj("version", 3, "type", "request", "tx_id", 0, "id", id, "flags", "100", "rd", true, "opcode", 0, "queries",
                        arr(obj("rrname", c2Name, "rrtype", "A"))));
                String ql = compact(dq);
                Map<String, Object> dr = eveHead(q.plusNanos(14_211_000), flowId(g), "dns", dns, 53, bad, dport, "UDP");
                dr.put("pkt_src", "wire/pcap");
                dr.put("dns", obj("version", 3, "type", "response", "tx_id", 0, "id", id, "flags", "8180", "qr", true, "rd", true, "ra", true,
                        "opcode", 0, "rcode", "NOERROR", "queries", arr(obj("rrname", c2Name, "rrtype", "A")), "answers", arr(obj("rrname", c2Name,
                        "rrtype", "A", "ttl", 300, "rdata", c2))));
                String rl = compact(dr);
                events.add(new Eve(q, seq[0]++, ql));
                events.add(new Eve(q.plusNanos(14_211_000), seq[0]++, rl));
                dnsLines.add(ql);
                dnsLines.add(rl);
            }
            Map<String, Object> tls = eveHead(b.plusNanos(88_000_000), flow, "tls", bad, sport, c2, 443, "TCP");
            tls.put("pkt_src", "wire/pcap");
            tls.put("tls", obj("subject", "C=US, ST=Washington, L=Redmond, O=Microsoft Corporation, OU=Microsoft IT, CN=Outlook.live.com",
                    "issuerdn", "C=US, ST=Washington, L=Redmond, O=Microsoft Corporation, OU=Microsoft IT, CN=Outlook.live.com", "serial",
                    "8B:AD:4A:1D:0C:9A:5E:11", "fingerprint", "a3:44:5e:0b:9c:71:2f:d8:1e:60:97:c4:3b:8a:e2:55:0d:19:f6:7c", "sni", c2Name,
                    "version", "TLS 1.2", "notbefore", "2026-11-29T00:00:00", "notafter", "2027-11-29T00:00:00", "ja3",
                    obj("hash", "72a589da586844d7f0818ce684948eea"), "ja3s", obj("hash", "ae4edc6faf64d08308082ad26be60767")));
            if (beacons % 4 == 0) {
                events.add(new Eve(b.plusNanos(88_000_000), seq[0]++, compact(tls)));
            }
            if (beacons == 3) {
                Map<String, Object> al = eveHead(b.plusNanos(88_000_000), flow, "alert", c2, 443, bad, sport, "TCP");
                al.put("pkt_src", "wire/pcap");
                al.put("alert", obj("action", "allowed", "gid", 1, "signature_id", 2027390, "rev", 4, "signature",
                        "ET MALWARE Observed Malicious SSL Cert (Cobalt Strike Default Outlook.live.com)", "category", "A Network Trojan was detected",
                        "severity", 1, "metadata", obj("affected_product", arr("Windows_XP_Vista_7_8_10_Server_32_64_Bit"), "attack_target",
                                arr("Client_Endpoint"), "created_at", arr("2019_05_28"), "deployment", arr("Perimeter"), "malware_family",
                                arr("Cobalt_Strike"), "signature_severity", arr("Major"), "updated_at", arr("2026_10_14"))));
                al.put("tls", tls.get("tls"));
                al.put("app_proto", "tls");
                al.put("direction", "to_client");
                al.put("flow", obj("pkts_toserver", 5, "pkts_toclient", 4, "bytes_toserver", 689, "bytes_toclient", 2911, "start",
                        MICRO_OFFSET.format(b), "src_ip", bad, "dest_ip", c2, "src_port", sport, "dest_port", 443));
                alertLine = compact(al);
                events.add(new Eve(b.plusNanos(88_000_000), seq[0]++, alertLine));
            }
            LocalDateTime fe = b.plusSeconds(g.between(1, 3)).plusNanos(g.nextInt(1_000_000_000));
            Map<String, Object> fl = eveHead(fe.plusSeconds(30), flow, "flow", bad, sport, c2, 443, "TCP");
            fl.put("app_proto", "tls");
            int pts = g.between(9, 14);
            fl.put("flow", obj("pkts_toserver", pts, "pkts_toclient", pts - 1, "bytes_toserver", 1_100 + g.between(0, 300), "bytes_toclient",
                    4_200 + g.between(0, 200), "start", MICRO_OFFSET.format(b), "end", MICRO_OFFSET.format(fe), "age",
                    java.time.Duration.between(b, fe).getSeconds(), "state", "closed", "reason", "timeout", "alerted", beacons == 3));
            fl.put("tcp", obj("tcp_flags", "1b", "tcp_flags_ts", "1b", "tcp_flags_tc", "1b", "syn", true, "fin", true, "psh", true, "ack", true,
                    "state", "closed", "ts_max_regions", 1, "tc_max_regions", 1));
            String fline = compact(fl);
            if (fe.plusSeconds(30).isBefore(end)) {
                events.add(new Eve(fe.plusSeconds(30), seq[0]++, fline));
                flowLines.add(fline);
            }
            beacons++;
        }
        events.sort(Comparator.comparing(Eve::at).thenComparingInt(Eve::seq));
        Gen out = new Gen(0);
        for (Eve e : events) {
            out.add(e.line());
        }
        String text = out.text();
        requireSize(text, 60, 200);
        requireLines(out, 250, 900);
        requireCount(text, "\"severity\":1", 1);
        requireCount(text, "\"rrname\":\"" + c2Name + "\"", dnsLines.size() * 3 / 2);
        if (flowLines.size() < 8 || dnsLines.size() < 4 || alertLine == null) {
            throw new IllegalStateException("beacon " + flowLines.size() + " flows, " + dnsLines.size() + " dns lines");
        }
        return NeedleCase.named("fresh17_suricata_eve", "jsonl", "suricata-eve-json")
                .shell("sudo grep -v '\"event_type\":\"stats\"' /var/log/suricata/eve.json | tail -n 400")
                .question("Did Suricata raise any high-severity (severity 1) alert in the last few minutes? The SOC suspects workstation 10.20.4.57"
                        + " is beaconing: what domain and address does it talk to, and how often?")
                .heldAside()
                .build(text, List.of(Needle.exact(alertLine), Needle.anyOf(dnsLines), Needle.anyOf(flowLines)));
    }

    // ---------------------------------------------------------------- pino JSON (Fastify)

    /**
     * {@code kubectl logs} of a Node media service on Fastify with pino's JSON logger, two pods: {@code incoming request}
     * and {@code request completed} per request (reqId per process, response time), kube probes, image fetches, avatar and
     * media uploads with an {@code upload received} line, 404s and 413s logged at info with their error, one other user's
     * upload failing on an S3 timeout. The user the question names tries three times to upload an avatar from an iPhone
     * (image/heic); each time sharp rejects the input and Fastify logs the 500 at level 50 with the error and its stack.
     * The error lines, the requests of that user and the HEIC mimetype of the uploads are the needles.
     */
    static NeedleCase pinoJson() {
        Gen g = new Gen(200_007);
        String[] pods = {"media-api-6b7c9d5f4-x2k4p", "media-api-6b7c9d5f4-qm8wd"};
        int[] counters = {g.between(4_000, 6_000), g.between(4_000, 6_000)};
        record P(LocalDateTime at, int seq, String line) {}
        List<P> lines = new ArrayList<>();
        int[] seq = {0};
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 10, 5, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 10, 25, 0);
        String user = "u_48213";
        List<LocalDateTime> attempts = List.of(LocalDateTime.of(2026, 12, 7, 10, 14, 2).plusNanos(311_000_000),
                LocalDateTime.of(2026, 12, 7, 10, 16, 40).plusNanos(87_000_000), LocalDateTime.of(2026, 12, 7, 10, 21, 9).plusNanos(640_000_000));
        int next = 0;
        List<String> errors = new ArrayList<>();
        List<String> incoming = new ArrayList<>();
        boolean s3Failed = false;
        LocalDateTime t = start;
        while (t.isBefore(end)) {
            t = t.plusNanos(g.between(1_500, 10_500) * 1_000_000L);
            int pod = g.nextInt(2);
            boolean planted = next < attempts.size() && t.isAfter(attempts.get(next));
            if (planted) {
                t = attempts.get(next++);
            }
            String reqId = "req-" + Integer.toString(counters[pod]++, 36);
            long ms = epochMillis(t);
            String ip = "10.0." + g.between(1, 2) + "." + g.between(10, 250);
            int k = planted ? -1 : g.weighted(24, 30, 10, 12, 5, 3);
            String method;
            String url;
            switch (k) {
                case -1 -> {
                    method = "POST";
                    url = "/v1/users/" + user + "/avatar";
                }
                case 0 -> {
                    method = "GET";
                    url = g.pick("/healthz", "/readyz");
                    ip = "10.0.1." + (pod == 0 ? 14 : 37);
                }
                case 1 -> {
                    method = "GET";
                    url = "/v1/media/" + mixed(g, 10) + "?w=" + g.pick(160, 320, 640, 1280) + "&fmt=" + g.pick("webp", "avif", "jpeg");
                }
                case 2 -> {
                    method = "GET";
                    url = "/v1/users/u_" + g.between(10_000, 99_999) + "/avatar";
                }
                case 3 -> {
                    method = "POST";
                    url = "/v1/users/u_" + g.between(10_000, 99_999) + "/avatar";
                }
                case 4 -> {
                    method = "POST";
                    url = "/v1/media";
                }
                default -> {
                    method = "GET";
                    url = "/v1/media/" + mixed(g, 10) + "/meta";
                }
            }
            Map<String, Object> req = obj("method", method, "url", url, "hostname", url.startsWith("/healthz") || url.startsWith("/readyz")
                    ? "10.0.1." + (pod == 0 ? 201 : 202) + ":3000" : "media.example.com", "remoteAddress", ip, "remotePort", g.between(32_768, 60_999));
            String in = compact(obj("level", 30, "time", ms, "pid", 1, "hostname", pods[pod], "reqId", reqId, "req", req, "msg", "incoming request"));
            lines.add(new P(t, seq[0]++, in));
            LocalDateTime a = t;
            int status = 200;
            double rt;
            Map<String, Object> err = null;
            String errMsg = null;
            boolean upload = k == -1 || k == 3 || k == 4;
            if (upload) {
                a = plusMillis(a, g.between(40, 900));
                String mime = k == -1 ? "image/heic" : g.pick("image/jpeg", "image/jpeg", "image/png", "image/webp");
                String file = k == -1 ? "IMG_" + g.between(4000, 4999) + ".HEIC" : mime.equals("image/png") ? "avatar.png" : "IMG_"
                        + g.between(1000, 9999) + (mime.equals("image/webp") ? ".webp" : ".jpg");
                int size = g.between(180_000, 4_800_000);
                if (k != -1 && g.chance(0.05)) {
                    size = g.between(10_500_000, 24_000_000);
                    status = 413;
                    errMsg = "request file too large";
                    err = obj("type", "FastifyError", "message", errMsg, "stack", "FastifyError: request file too large\n    at PartFileStream."
                            + "<anonymous> (/app/node_modules/@fastify/multipart/index.js:412:25)\n    at PartFileStream.emit (node:events:519:28)",
                            "code", "FST_REQ_FILE_TOO_LARGE", "name", "FastifyError", "statusCode", 413);
                } else {
                    lines.add(new P(a, seq[0]++, compact(obj("level", 30, "time", epochMillis(a), "pid", 1, "hostname", pods[pod], "reqId", reqId,
                            "userId", k == -1 ? user : url.startsWith("/v1/users/") ? url.split("/")[3] : "u_" + g.between(10_000, 99_999),
                            "upload", obj("mimetype", mime, "size", size, "filename", file), "msg", "upload received"))));
                }
                if (k == -1) {
                    status = 500;
                    errMsg = "Input buffer contains unsupported image format";
                    err = obj("type", "Error", "message", errMsg, "stack", "Error: Input buffer contains unsupported image format\n    at"
                            + " Sharp.toBuffer (/app/node_modules/sharp/lib/output.js:163:17)\n    at resizeAvatar (/app/src/media/avatar.js:41:6)\n"
                            + "    at async Object.uploadAvatar (/app/src/routes/users/avatar.js:28:19)");
                } else if (!s3Failed && status == 200 && k == 4 && t.isAfter(LocalDateTime.of(2026, 12, 7, 10, 8, 0))) {
                    s3Failed = true;
                    status = 500;
                    errMsg = "We encountered an internal error. Please try again.";
                    err = obj("type", "InternalError", "message", errMsg, "stack", "InternalError: We encountered an internal error. Please try"
                            + " again.\n    at de_InternalErrorRes (/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:4762:21)\n    at async"
                            + " putOriginal (/app/src/media/store.js:58:3)", "name", "InternalError", "$fault", "server", "$metadata",
                            obj("httpStatusCode", 500, "requestId", g.hex(16).toUpperCase(Locale.ROOT), "attempts", 3, "totalRetryDelay", 412));
                } else if (status == 200) {
                    status = k == 4 ? 201 : 200;
                }
                rt = (status == 413 ? g.between(300, 2_000) : g.between(180, 2_600)) + g.nextInt(10_000) / 10_000.0;
            } else {
                if (k == 1 && g.chance(0.04) || k == 5 && g.chance(0.08)) {
                    status = 404;
                    errMsg = "media not found";
                    err = obj("type", "NotFoundError", "message", errMsg, "stack", "NotFoundError: media not found\n    at getMedia"
                            + " (/app/src/routes/media/get.js:22:11)", "statusCode", 404);
                } else if (k == 2) {
                    status = 302;
                } else if (k == 1 && g.chance(0.5)) {
                    status = 304;
                }
                rt = (k == 0 ? g.between(0, 2) : g.between(2, 160)) + g.nextInt(10_000) / 10_000.0;
            }
            a = a.plusNanos((long) (rt * 1_000_000) % 500_000_000L);
            if (err != null) {
                int level = status >= 500 ? 50 : 30;
                Map<String, Object> e = obj("level", level, "time", epochMillis(a), "pid", 1, "hostname", pods[pod], "reqId", reqId);
                if (level == 50) {
                    e.put("req", req);
                }
                e.put("res", obj("statusCode", status));
                e.put("err", err);
                e.put("msg", errMsg);
                String el = compact(e);
                lines.add(new P(a, seq[0]++, el));
                if (k == -1) {
                    errors.add(el);
                    incoming.add(in);
                }
            }
            lines.add(new P(a, seq[0]++, compact(obj("level", 30, "time", epochMillis(a), "pid", 1, "hostname", pods[pod], "reqId", reqId, "res",
                    obj("statusCode", status), "responseTime", new Raw(fmt("%.4f", rt).replaceFirst("0+$", "").replaceFirst("\\.$", "")),
                    "msg", "request completed"))));
        }
        lines.sort(Comparator.comparing(P::at).thenComparingInt(P::seq));
        Gen out = new Gen(0);
        for (P p : lines) {
            out.add(p.line());
        }
        String text = out.text();
        requireSize(text, 60, 200);
        requireLines(out, 300, 1500);
        String heic = "\"mimetype\":\"image/heic\"";
        requireCount(text, heic, 3);
        requireCount(text, "\"level\":50", 4);
        requireCount(text, "Input buffer contains unsupported image format\",\"stack\"", 3);
        if (errors.size() != 3 || !s3Failed) {
            throw new IllegalStateException("planted errors " + errors.size() + ", s3 " + s3Failed);
        }
        return NeedleCase.named("fresh17_pino_json", "jsonl", "pino-json")
                .shell("kubectl logs -n media -l app=media-api --since=20m --prefix=false --max-log-requests=4")
                .question("User u_48213 says uploading a new avatar fails with a 500 every time they try. Find their requests in the media-api logs:"
                        + " what error do they hit, and why only them?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(errors), Needle.anyOf(incoming), Needle.contains(heic)));
    }

    // ---------------------------------------------------------------- ECS JSON (Spring Boot, ecs-logging-java)

    /** One record as ecs-logging-java's encoder writes it: its own spacing around the first members, then compact. */
    private static String ecs(LocalDateTime t, String level, String msg, String thread, String logger, Object... extra) {
        StringBuilder sb = new StringBuilder("{\"@timestamp\":\"").append(MILLI_Z.format(t)).append("\", \"log.level\": \"").append(level)
                .append("\", \"message\":").append(Json.quote(msg)).append(", \"ecs.version\": \"1.2.0\",\"service.name\":\"inventory-service\","
                + "\"service.version\":\"4.18.2\",\"service.environment\":\"prod\",\"service.node.name\":\"inventory-service-5f6d8c7b9-wq2mz\","
                + "\"event.dataset\":\"inventory-service\",\"process.thread.name\":").append(Json.quote(thread)).append(",\"log.logger\":")
                .append(Json.quote(logger));
        for (int i = 0; i < extra.length; i += 2) {
            sb.append(',').append(Json.quote((String) extra[i])).append(':').append(Json.quote((String) extra[i + 1]));
        }
        return sb.append('}').toString();
    }

    /**
     * {@code kubectl logs} of a Spring Boot inventory service that logs ECS JSON (ecs-logging-java): request logs of the
     * stock API with trace ids, Kafka reservations per order, the product-cache refresh every fifteen minutes, WMS access
     * tokens refreshed every hour per warehouse, Hikari's housekeeper once. At 02:00 the token refresh of warehouse
     * WH-ROT-2 fails ({@code invalid_client}) and the old token is kept until it expires at 02:14. The 03:00 stock sync runs
     * the six warehouses: five apply their rows, WH-ROT-2 gets 401 three times (WARN retries) and fails (ERROR with the
     * exception and stack trace, stock levels of the day before kept), and the summary counts one failure. The error, the
     * retries, the summary and the failed token refresh are the needles.
     */
    static NeedleCase ecsJson() {
        Gen g = new Gen(200_008);
        record L(LocalDateTime at, int seq, String line) {}
        List<L> lines = new ArrayList<>();
        int[] seq = {0};
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 0, 30, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 4, 30, 0);
        String[] warehouses = {"WH-AMS-1", "WH-AMS-2", "WH-ROT-1", "WH-ROT-2", "WH-UTR-1", "WH-EIN-1"};
        String bad = "WH-ROT-2";
        String web = "c.a.inventory.web.RequestLoggingFilter";
        LocalDateTime t = start;
        while (t.isBefore(end)) {
            t = t.plusNanos(g.between(10, 160) * 1_000_000_000L + g.nextInt(1_000_000_000));
            String trace = g.hex(32);
            String tx = g.hex(16);
            if (g.chance(0.55)) {
                String sku = "SKU-" + g.between(10_000, 99_999);
                String path = g.pick("/api/v1/stock/" + sku, "/api/v1/stock/" + sku + "?warehouse=" + g.pick(warehouses), "/api/v1/stock?skus="
                        + sku + ",SKU-" + g.between(10_000, 99_999), "/api/v1/availability/" + sku);
                int st = g.chance(0.03) ? 404 : 200;
                lines.add(new L(t, seq[0]++, ecs(t, "INFO", "GET " + path + " " + st + " " + g.between(3, 80) + "ms", "http-nio-8080-exec-"
                        + g.between(1, 20), web, "trace.id", trace, "transaction.id", tx, "http.request.method", "GET", "url.path", path.split("\\?")[0],
                        "http.response.status_code", String.valueOf(st))));
            } else {
                String order = "ORD-" + g.between(7_100_000, 7_199_999);
                String wh = g.pick(warehouses);
                int units = g.between(1, 4);
                lines.add(new L(t, seq[0]++, ecs(t, "INFO", "Reserved " + units + " unit" + (units > 1 ? "s" : "") + " of SKU-" + g.between(10_000, 99_999)
                        + " for order " + order + " in " + wh, "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1",
                        "c.a.inventory.reservation.ReservationListener", "trace.id", trace, "transaction.id", tx)));
            }
        }
        for (LocalDateTime c = LocalDateTime.of(2026, 12, 7, 0, 45, 0); c.isBefore(end); c = c.plusMinutes(15)) {
            LocalDateTime a = c.plusNanos(g.between(1, 40) * 1_000_000L);
            lines.add(new L(a, seq[0]++, ecs(a, "INFO", "Refreshing product cache", "scheduling-1", "c.a.inventory.catalog.ProductCache")));
            LocalDateTime b = plusMillis(a, g.between(600, 1_400));
            lines.add(new L(b, seq[0]++, ecs(b, "INFO", "Product cache refreshed: " + g.between(18_100, 18_400) + " products, " + g.between(0, 40)
                    + " changed, took " + java.time.Duration.between(a, b).toMillis() + "ms", "scheduling-1", "c.a.inventory.catalog.ProductCache")));
        }
        String refreshFailed = null;
        for (LocalDateTime c = LocalDateTime.of(2026, 12, 7, 1, 0, 0); c.isBefore(end); c = c.plusHours(1)) {
            LocalDateTime a = c.plusNanos(g.between(100, 900) * 1_000_000L);
            for (String wh : warehouses) {
                a = plusMillis(a, g.between(80, 400));
                if (wh.equals(bad) && c.getHour() >= 2) {
                    String l = ecs(a, "WARN", "WMS token refresh failed for " + wh + ": 400 Bad Request: \"{\"error\":\"invalid_client\","
                            + "\"error_description\":\"client secret expired\"}\", keeping current token (expires 2026-12-07T02:14:09Z)",
                            "scheduling-2", "c.a.inventory.wms.WmsTokenService");
                    if (refreshFailed == null) {
                        refreshFailed = l;
                    }
                    lines.add(new L(a, seq[0]++, l));
                } else {
                    lines.add(new L(a, seq[0]++, ecs(a, "INFO", "Refreshed WMS access token for " + wh + ", expires in 3600s", "scheduling-2",
                            "c.a.inventory.wms.WmsTokenService")));
                }
            }
        }
        LocalDateTime hk = LocalDateTime.of(2026, 12, 7, 1, 37, 12).plusNanos(402_000_000);
        lines.add(new L(hk, seq[0]++, ecs(hk, "WARN", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m4s258ms).",
                "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool")));
        LocalDateTime s0 = LocalDateTime.of(2026, 12, 7, 3, 0, 0).plusNanos(4_118_000);
        lines.add(new L(s0, seq[0]++, ecs(s0, "INFO", "Stock sync started for 6 warehouses", "scheduling-1", "c.a.inventory.sync.StockSyncJob")));
        LocalDateTime a = s0;
        List<String> retries = new ArrayList<>();
        String errorLine = null;
        String unauthorized = "401 Unauthorized: \"{\"error\":\"invalid_token\",\"error_description\":\"The access token expired\"}\"";
        for (String wh : warehouses) {
            a = plusMillis(a, g.between(50, 300));
            lines.add(new L(a, seq[0]++, ecs(a, "INFO", "Stock sync started warehouse=" + wh, "scheduling-1", "c.a.inventory.sync.StockSyncJob")));
            if (wh.equals(bad)) {
                long wait = 2_000;
                for (int attempt = 1; attempt <= 3; attempt++) {
                    a = plusMillis(a, g.between(40, 120));
                    String l = ecs(a, "WARN", "WMS request failed (attempt " + attempt + "/3)" + (attempt < 3 ? ", retrying in " + wait + "ms" : "")
                            + ": " + unauthorized, "scheduling-1", "c.a.inventory.wms.WmsClient");
                    retries.add(l);
                    lines.add(new L(a, seq[0]++, l));
                    a = plusMillis(a, wait);
                    wait *= 2;
                }
                errorLine = ecs(a, "ERROR", "Stock sync failed warehouse=" + wh + ", keeping stock levels from 2026-12-06T03:02:51Z", "scheduling-1",
                        "c.a.inventory.sync.StockSyncJob", "error.type", "org.springframework.web.client.HttpClientErrorException$Unauthorized",
                        "error.message", unauthorized, "error.stack_trace", "org.springframework.web.client.HttpClientErrorException$Unauthorized: "
                        + unauthorized + "\n\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)\n"
                        + "\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:183)\n"
                        + "\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:137)\n"
                        + "\tat org.springframework.web.client.ResponseErrorHandler.handleError(ResponseErrorHandler.java:63)\n"
                        + "\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:942)\n"
                        + "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:891)\n"
                        + "\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:721)\n"
                        + "\tat com.acme.inventory.wms.WmsClient.fetchStockPage(WmsClient.java:88)\n"
                        + "\tat com.acme.inventory.wms.WmsClient.lambda$fetchStock$2(WmsClient.java:61)\n"
                        + "\tat org.springframework.retry.support.RetryTemplate.doExecute(RetryTemplate.java:357)\n"
                        + "\tat org.springframework.retry.support.RetryTemplate.execute(RetryTemplate.java:230)\n"
                        + "\tat com.acme.inventory.wms.WmsClient.fetchStock(WmsClient.java:59)\n"
                        + "\tat com.acme.inventory.sync.StockSyncJob.syncWarehouse(StockSyncJob.java:74)\n"
                        + "\tat com.acme.inventory.sync.StockSyncJob.run(StockSyncJob.java:47)\n"
                        + "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
                        + "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)\n"
                        + "\tat org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:130)\n"
                        + "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:304)\n"
                        + "\tat java.base/java.lang.Thread.run(Thread.java:1583)\n");
                lines.add(new L(a, seq[0]++, errorLine));
                continue;
            }
            int rows = g.between(8_000, 21_000);
            a = a.plusSeconds(g.between(3, 9));
            lines.add(new L(a, seq[0]++, ecs(a, "INFO", "Fetched " + rows + " stock rows from WMS warehouse=" + wh + " pages=" + (rows / 500 + 1),
                    "scheduling-1", "c.a.inventory.sync.StockSyncJob")));
            int took = g.between(20, 60);
            a = a.plusSeconds(took);
            lines.add(new L(a, seq[0]++, ecs(a, "INFO", "Applied stock updates warehouse=" + wh + " rows=" + rows + " changed=" + g.between(80, 900)
                    + " took=" + took + "s", "scheduling-1", "c.a.inventory.sync.StockSyncJob")));
        }
        a = plusMillis(a, 12);
        String summary = ecs(a, "WARN", "Stock sync finished: 5 succeeded, 1 failed [" + bad + "] in " + java.time.Duration.between(s0, a).toMinutes()
                + "m" + java.time.Duration.between(s0, a).toSecondsPart() + "s", "scheduling-1", "c.a.inventory.sync.StockSyncJob");
        lines.add(new L(a, seq[0]++, summary));
        lines.sort(Comparator.comparing(L::at).thenComparingInt(L::seq));
        Gen out = new Gen(0);
        for (L l : lines) {
            out.add(l.line());
        }
        String text = out.text();
        requireSize(text, 60, 200);
        requireLines(out, 200, 800);
        requireCount(text, "\"log.level\": \"ERROR\"", 1);
        requireCount(text, "WMS token refresh failed", 3);
        requireCount(text, "Stock sync finished", 1);
        return NeedleCase.named("fresh17_ecs_json", "jsonl", "ecs-logback-json")
                .shell("kubectl logs -n inventory deploy/inventory-service --since=4h")
                .question("Stock levels for the Rotterdam warehouse WH-ROT-2 look stale this morning. Did last night's stock sync run for it, and if"
                        + " not, why did it fail?")
                .heldAside()
                .build(text, List.of(Needle.exact(errorLine), Needle.anyOf(retries), Needle.exact(summary), Needle.exact(refreshFailed)));
    }

    // ---------------------------------------------------------------- gunicorn (error log and access log on stderr)

    private static final String[] GUNICORN_EXPORT_TRACE = {
        "Traceback (most recent call last):",
        "  File \"/usr/local/lib/python3.12/site-packages/gunicorn/workers/sync.py\", line 134, in handle",
        "    self.handle_request(listener, req, client, addr)",
        "  File \"/usr/local/lib/python3.12/site-packages/gunicorn/workers/sync.py\", line 177, in handle_request",
        "    respiter = self.wsgi(environ, resp.start_response)",
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "  File \"/usr/local/lib/python3.12/site-packages/django/core/handlers/wsgi.py\", line 124, in __call__",
        "    response = self.get_response(request)",
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "  File \"/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py\", line 140, in get_response",
        "    response = self._middleware_chain(request)",
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "  File \"/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py\", line 55, in inner",
        "    response = get_response(request)",
        "               ^^^^^^^^^^^^^^^^^^^^^",
        "  File \"/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py\", line 197, in _get_response",
        "    response = wrapped_callback(request, *callback_args, **callback_kwargs)",
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "  File \"/usr/local/lib/python3.12/site-packages/django/contrib/auth/decorators.py\", line 60, in _view_wrapper",
        "    return view_func(request, *args, **kwargs)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "  File \"/app/reports/views.py\", line 214, in export_csv",
        "    for row in qs.iterator(chunk_size=2000):",
        "  File \"/usr/local/lib/python3.12/site-packages/django/db/models/query.py\", line 516, in _iterator",
        "    yield from iterable",
        "  File \"/usr/local/lib/python3.12/site-packages/django/db/models/query.py\", line 122, in __iter__",
        "    for row in compiler.results_iter(results):",
        "  File \"/usr/local/lib/python3.12/site-packages/django/db/models/sql/compiler.py\", line 1550, in cursor_iter",
        "    for rows in iter((lambda: cursor.fetchmany(itersize)), sentinel):",
        "  File \"/usr/local/lib/python3.12/site-packages/psycopg/cursor.py\", line 97, in fetchmany",
        "    self._conn.wait(self._stream_fetchmany_gen(size))",
        "  File \"/usr/local/lib/python3.12/site-packages/psycopg/connection.py\", line 445, in wait",
        "    return waiting.wait(gen, self.pgconn.socket, timeout=timeout)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "  File \"/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py\", line 204, in handle_abort",
        "    sys.exit(1)",
        "SystemExit: 1"};

    /**
     * {@code kubectl logs} of a Django reporting app under gunicorn 23 with four sync workers and the access log on stderr,
     * an hour of the afternoon: dashboard pages, JSON endpoints, static files, small CSV exports that finish in seconds, a
     * few 404s and a log line of Django's own. A user's export of two years of orders runs past the 30-second worker
     * timeout: the arbiter logs {@code WORKER TIMEOUT}, the worker logs {@code Error handling request} with the traceback
     * (stuck in {@code export_csv} fetching rows) and exits, a new worker boots; the user tries again, and the second time
     * the worker has to be killed ({@code was sent SIGKILL! Perhaps out of memory?}); a third export by someone else times out
     * too. No access line is written for the killed requests (the load balancer answers 502). The timeouts, the failed
     * requests, the frame in the app and the SIGKILL are the needles.
     */
    static NeedleCase gunicornLog() {
        Gen g = new Gen(200_009);
        record L(LocalDateTime at, int seq, String line) {}
        List<L> lines = new ArrayList<>();
        int[] seq = {0};
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 14, 0, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 15, 0, 0);
        String[] uas = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"};
        String[] reports = {"sales", "orders", "refunds", "inventory", "customers"};
        java.util.function.BiFunction<LocalDateTime, String, String> err = (x, m) -> "[" + GUNICORN.format(x) + "] " + m;
        LocalDateTime t = start;
        while (t.isBefore(end)) {
            t = t.plusNanos(g.between(700, 12_000) * 1_000_000L);
            String ip = "10.0." + g.between(1, 2) + "." + g.between(10, 250);
            String ua = g.pick(uas);
            int k = g.weighted(22, 26, 30, 6, 2, 3);
            String req;
            int status = 200;
            int size;
            double secs;
            String ref = "https://reports.example.com/dashboard/";
            switch (k) {
                case 0 -> {
                    req = "GET " + g.pick("/dashboard/", "/dashboard/sales/", "/dashboard/ops/", "/reports/", "/reports/" + g.pick(reports) + "/")
                            + " HTTP/1.1";
                    size = g.between(18_000, 64_000);
                    secs = g.between(40, 900) / 1000.0;
                }
                case 1 -> {
                    req = "GET /api/" + g.pick("kpis", "charts/revenue", "charts/orders", "charts/returns", "alerts") + "/?range=" + g.pick("7d", "30d",
                            "90d") + " HTTP/1.1";
                    size = g.between(400, 24_000);
                    secs = g.between(20, 2_400) / 1000.0;
                }
                case 2 -> {
                    req = "GET /static/" + g.pick("css/app.4f1c2e.css", "js/app.9a7d31.js", "js/vendor.21be0c.js", "img/logo.svg", "fonts/inter.woff2")
                            + " HTTP/1.1";
                    status = g.chance(0.4) ? 304 : 200;
                    size = status == 304 ? 0 : g.between(2_000, 400_000);
                    secs = g.between(1, 12) / 1000.0;
                }
                case 3 -> {
                    String from = fmt("2026-%02d-01", g.between(9, 11));
                    req = "GET /reports/export.csv?report=" + g.pick(reports) + "&from=" + from + "&to=2026-11-30 HTTP/1.1";
                    size = g.between(80_000, 4_000_000);
                    secs = g.between(1_200, 14_000) / 1000.0;
                    ref = "https://reports.example.com/reports/";
                }
                case 4 -> {
                    req = "GET " + g.pick("/wp-login.php", "/.env", "/favicon.ico", "/reports/old-sales/") + " HTTP/1.1";
                    status = 404;
                    size = 179;
                    secs = g.between(5, 30) / 1000.0;
                    ref = "-";
                }
                default -> {
                    req = "POST /api/" + g.pick("filters/save", "alerts/ack", "subscriptions") + "/ HTTP/1.1";
                    status = g.chance(0.1) ? 400 : 201;
                    size = g.between(60, 900);
                    secs = g.between(30, 400) / 1000.0;
                }
            }
            LocalDateTime done = t.plusNanos((long) (secs * 1e9));
            if (status == 404 && req.contains("old-sales")) {
                lines.add(new L(done, seq[0]++, err.apply(done, "[" + g.between(17, 20) + "] [WARNING] django.request: Not Found: /reports/old-sales/")));
            }
            lines.add(new L(done, seq[0]++, ip + " - " + (req.startsWith("GET /static") ? "-" : g.pick("anna.k", "jdevries", "m.schulz", "ops-bot",
                    "p.nowak")) + " [" + CLF.format(t) + "] \"" + req + "\" " + status + " " + (size == 0 ? "-" : String.valueOf(size)) + " \"" + ref
                    + "\" \"" + ua + "\" " + fmt("%.6f", secs)));
        }
        // the exports that time out
        List<String> timeouts = new ArrayList<>();
        List<String> handling = new ArrayList<>();
        String sigkill = null;
        Object[][] plan = {{LocalDateTime.of(2026, 12, 7, 14, 31, 14).plusNanos(208_000_000), 19, 112, false, "orders", "2025-01-01"},
            {LocalDateTime.of(2026, 12, 7, 14, 33, 2).plusNanos(771_000_000), 17, 118, true, "orders", "2025-01-01"},
            {LocalDateTime.of(2026, 12, 7, 14, 48, 40).plusNanos(15_000_000), 18, 131, false, "customers", "2024-06-01"}};
        for (Object[] p : plan) {
            LocalDateTime at = (LocalDateTime) p[0];
            int pid = (Integer) p[1];
            int fresh = (Integer) p[2];
            boolean kill = (Boolean) p[3];
            String path = "/reports/export.csv?report=" + p[4] + "&from=" + p[5] + "&to=2026-11-30";
            LocalDateTime to = at.plusSeconds(31).plusNanos(g.between(0, 900) * 1_000_000L);
            String timeout = err.apply(to, "[1] [CRITICAL] WORKER TIMEOUT (pid:" + pid + ")");
            timeouts.add(timeout);
            lines.add(new L(to, seq[0]++, timeout));
            LocalDateTime b;
            if (kill) {
                b = to.plusSeconds(1).plusNanos(g.between(0, 900) * 1_000_000L);
                sigkill = err.apply(b, "[1] [ERROR] Worker (pid:" + pid + ") was sent SIGKILL! Perhaps out of memory?");
                lines.add(new L(b, seq[0]++, sigkill));
            } else {
                LocalDateTime h = plusMillis(to, g.between(2, 30));
                String hl = err.apply(h, "[" + pid + "] [ERROR] Error handling request " + path);
                handling.add(hl);
                lines.add(new L(h, seq[0]++, hl));
                for (String tr : GUNICORN_EXPORT_TRACE) {
                    lines.add(new L(h, seq[0]++, tr));
                }
                b = plusMillis(h, g.between(20, 200));
                lines.add(new L(b, seq[0]++, err.apply(b, "[" + pid + "] [INFO] Worker exiting (pid: " + pid + ")")));
            }
            b = plusMillis(b, g.between(5, 60));
            lines.add(new L(b, seq[0]++, err.apply(b, "[1] [INFO] Booting worker with pid: " + fresh)));
        }
        lines.sort(Comparator.comparing(L::at).thenComparingInt(L::seq));
        Gen out = new Gen(0);
        for (L l : lines) {
            out.add(l.line());
        }
        String text = out.text();
        requireSize(text, 60, 200);
        requireLines(out, 400, 1500);
        requireCount(text, "WORKER TIMEOUT", 3);
        requireCount(text, "SIGKILL", 1);
        requireCount(text, "Error handling request", 2);
        String frame = "  File \"/app/reports/views.py\", line 214, in export_csv";
        requireCount(text, frame + "\n", 2);
        return NeedleCase.named("fresh17_gunicorn_log", "log", "gunicorn-log")
                .shell("kubectl logs -n reports deploy/reports-web --since=1h")
                .question("Users get a 502 from the load balancer when they export large CSV reports. What is happening in reports-web when that"
                        + " happens, and where in our code is it stuck?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(timeouts), Needle.anyOf(handling), Needle.exact(frame), Needle.exact(sigkill)));
    }

    // ---------------------------------------------------------------- PgBouncer log

    /**
     * {@code tail} of PgBouncer 1.23's log in front of the shop database (transaction pooling, {@code max_db_connections}
     * 60, {@code max_client_conn} 600): client logins and closes of the app pods, server connections opened and closed
     * for idle timeout and lifetime, and the stats line every minute. From 10:17 a reporting job logs in as report_ro from
     * 10.0.5.9 with 40 connections and holds long transactions: the waits in the stats climb, clients of shop_app are
     * closed with {@code query_wait_timeout}, the app pods open more connections and from 10:26 new clients are refused
     * with {@code no more connections allowed (max_client_conn)}. The two pooler errors, the first stats line with waits in
     * seconds and the report_ro logins are the needles.
     */
    static NeedleCase pgbouncerLog() {
        Gen g = new Gen(200_010);
        record L(LocalDateTime at, int seq, String line) {}
        List<L> lines = new ArrayList<>();
        int[] seq = {0};
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 10, 0, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 10, 32, 0);
        LocalDateTime reportAt = LocalDateTime.of(2026, 12, 7, 10, 17, 3).plusNanos(512_000_000);
        LocalDateTime waitAt = LocalDateTime.of(2026, 12, 7, 10, 19, 0);
        LocalDateTime timeoutAt = LocalDateTime.of(2026, 12, 7, 10, 21, 10);
        LocalDateTime fullAt = LocalDateTime.of(2026, 12, 7, 10, 26, 0);
        String pid = "[1]";
        java.util.function.Supplier<String> cptr = () -> "0x55d1c2" + g.hex(6);
        String[] appHosts = new String[18];
        for (int i = 0; i < appHosts.length; i++) {
            appHosts[i] = "10.0.3." + g.between(10, 99);
        }
        String[] servers = {"10.0.2.5:5432"};
        LocalDateTime t = start;
        List<String> waitTimeouts = new ArrayList<>();
        List<String> maxClient = new ArrayList<>();
        while (t.isBefore(end)) {
            t = t.plusNanos(g.between(300, 4_400) * 1_000_000L);
            String host = g.pick(appHosts) + ":" + g.between(32_768, 60_999);
            String c = "C-" + cptr.get();
            String who = "shop/shop_app@" + host;
            boolean waiting = t.isAfter(timeoutAt);
            boolean full = t.isAfter(fullAt);
            int k = g.weighted(10, 9, 4, 3);
            if (full && g.chance(0.35)) {
                String wl = PGB.format(t) + " " + pid + " WARNING " + c + ": (nodb)/(nouser)@" + host + " pooler error: no more connections allowed"
                        + " (max_client_conn)";
                maxClient.add(wl);
                lines.add(new L(t, seq[0]++, wl));
                lines.add(new L(t, seq[0]++, PGB.format(t) + " " + pid + " LOG " + c + ": (nodb)/(nouser)@" + host + " closing because: no more"
                        + " connections allowed (max_client_conn) (age=0s)"));
                continue;
            }
            if (waiting && g.chance(0.3)) {
                String wl = PGB.format(t) + " " + pid + " WARNING " + c + ": " + who + " pooler error: query_wait_timeout";
                waitTimeouts.add(wl);
                lines.add(new L(t, seq[0]++, PGB.format(t) + " " + pid + " LOG " + c + ": " + who + " closing because: query_wait_timeout (age="
                        + g.between(120, 400) + "s)"));
                lines.add(new L(t, seq[0]++, wl));
                continue;
            }
            switch (k) {
                case 0 -> lines.add(new L(t, seq[0]++, PGB.format(t) + " " + pid + " LOG " + c + ": " + who + " login attempt: db=shop user=shop_app"
                        + " tls=no replication=no"));
                case 1 -> lines.add(new L(t, seq[0]++, PGB.format(t) + " " + pid + " LOG " + c + ": " + who + " closing because: client close request"
                        + " (age=" + g.between(1, 3_600) + "s)"));
                case 2 -> lines.add(new L(t, seq[0]++, PGB.format(t) + " " + pid + " LOG S-" + cptr.get() + ": shop/shop_app@" + servers[0]
                        + " new connection to server (from 10.0.2.9:" + g.between(32_768, 60_999) + ")"));
                default -> lines.add(new L(t, seq[0]++, PGB.format(t) + " " + pid + " LOG S-" + cptr.get() + ": shop/shop_app@" + servers[0]
                        + " closing because: " + (g.chance(0.7) ? "server idle timeout" : "server lifetime over") + " (age=" + g.between(600, 3_700)
                        + "s)"));
            }
        }
        List<String> reportLogins = new ArrayList<>();
        LocalDateTime r = reportAt;
        for (int i = 0; i < 40; i++) {
            String c = "C-" + cptr.get();
            String host = "10.0.5.9:" + (41_200 + i * 2 + g.between(0, 1));
            String l = PGB.format(r) + " " + pid + " LOG " + c + ": shop/report_ro@" + host + " login attempt: db=shop user=report_ro tls=no"
                    + " replication=no";
            reportLogins.add(l);
            lines.add(new L(r, seq[0]++, l));
            LocalDateTime sv = plusMillis(r, g.between(1, 8));
            lines.add(new L(sv, seq[0]++, PGB.format(sv) + " " + pid + " LOG S-" + cptr.get() + ": shop/report_ro@" + servers[0]
                    + " new connection to server (from 10.0.2.9:" + g.between(32_768, 60_999) + ")"));
            r = plusMillis(r, g.between(15, 60));
        }
        String firstSlow = null;
        for (LocalDateTime s = LocalDateTime.of(2026, 12, 7, 10, 0, 41).plusNanos(207_000_000); s.isBefore(end); s = s.plusSeconds(60)) {
            boolean slow = s.isAfter(waitAt);
            long waitUs = slow ? (long) (java.time.Duration.between(waitAt, s).getSeconds() * 180_000L + g.between(1_000_000, 1_800_000))
                    : g.between(12, 90);
            int xacts = slow ? g.between(60, 180) : g.between(380, 460);
            String stats = PGB.format(s) + " " + pid + " LOG stats: " + xacts + " xacts/s, " + (xacts * 4 + g.between(0, 40)) + " queries/s, 0 client"
                    + " parses/s, 0 server parses/s, 0 binds/s, in " + g.between(500_000, 700_000) + " B/s, out " + g.between(1_800_000, 2_600_000)
                    + " B/s, xact " + (slow ? g.between(200_000, 900_000) : g.between(2_400, 3_400)) + " us, query " + (slow ? g.between(9_000, 40_000)
                    : g.between(600, 900)) + " us, wait " + waitUs + " us";
            if (slow && firstSlow == null) {
                firstSlow = stats;
            }
            lines.add(new L(s, seq[0]++, stats));
        }
        lines.sort(Comparator.comparing(L::at).thenComparingInt(L::seq));
        Gen out = new Gen(0);
        for (L l : lines) {
            out.add(l.line());
        }
        String text = out.text();
        requireSize(text, 60, 220);
        requireLines(out, 600, 1800);
        if (waitTimeouts.size() < 10 || maxClient.size() < 10) {
            throw new IllegalStateException("pooler errors " + waitTimeouts.size() + " / " + maxClient.size());
        }
        requireCount(text, "user=report_ro", 40);
        return NeedleCase.named("fresh17_pgbouncer_log", "log", "pgbouncer-log")
                .shell("ssh pgb-1 'sudo tail -n 2000 /var/log/postgresql/pgbouncer.log'")
                .question("Since about 10:20 checkout-api gets 'pooler error' from PgBouncer. Which limits are being hit, when did client waits start"
                        + " to climb, and did something else take the connections?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(waitTimeouts), Needle.anyOf(maxClient), Needle.exact(firstSlow), Needle.anyOf(reportLogins)));
    }

    // ---------------------------------------------------------------- Exim main log

    private static String eximId(Gen g) {
        String b62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder sb = new StringBuilder("1t");
        for (int i = 0; i < 4; i++) {
            sb.append(b62.charAt(g.nextInt(62)));
        }
        sb.append("-000");
        for (int i = 0; i < 3; i++) {
            sb.append(b62.charAt(g.nextInt(62)));
        }
        sb.append('-');
        for (int i = 0; i < 2; i++) {
            sb.append(b62.charAt(g.nextInt(62)));
        }
        return sb.toString();
    }

    /**
     * {@code tail} of the Exim 4.97 main log of the shop's outbound relay: the app servers submit order confirmations,
     * shipping notices and password resets ({@code <=} with {@code +received_recipients}), deliveries to the big mailbox
     * providers ({@code =>} with TLS and the remote's 250 line), {@code Completed}, a few greylisting deferrals that later
     * succeed, two hard bounces of mistyped addresses at Gmail, queue runs, and scanners knocking on port 25. The password
     * reset the question names is greylisted at first ({@code ==}); on the retry the recipient's server rejects it for SPF
     * ({@code **}), and Exim sends the bounce to the no-reply sender. Its arrival, the deferral and the rejection are the
     * needles.
     */
    static NeedleCase eximMainlog() {
        Gen g = new Gen(200_011);
        record L(LocalDateTime at, int seq, String line) {}
        List<L> lines = new ArrayList<>();
        int[] seq = {0};
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 10, 0, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 10, 50, 0);
        String[][] mx = {{"gmail.com", "gmail-smtp-in.l.google.com", "142.250.102.26"}, {"googlemail.com", "gmail-smtp-in.l.google.com", "142.250.102.27"},
            {"outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.68.17"}, {"hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.73.5"},
            {"yahoo.com", "mta7.am0.yahoodns.net", "67.195.204.72"}, {"web.de", "mx-ha03.web.de", "212.227.15.41"}, {"gmx.de", "mx01.emig.gmx.net",
            "212.227.17.5"}, {"icloud.com", "mx02.mail.icloud.com", "17.57.154.33"}, {"ziggo.nl", "mx.ziggo.nl", "84.116.6.12"},
            {"t-online.de", "mx00.t-online.de", "194.25.134.8"}};
        String[] first = {"anna", "jan", "lisa", "tom", "sophie", "daan", "emma", "lucas", "mila", "noah", "julia", "finn", "sara", "max", "lotte"};
        String[] last = {"de.vries", "jansen", "bakker", "visser", "smit", "meyer", "schulz", "mueller", "peeters", "dubois", "kowalski", "novak"};
        String[][] kinds = {{"orders@shop.example.com", "order-confirmation"}, {"shipping@shop.example.com", "shipment"},
            {"noreply@shop.example.com", "pwreset"}, {"noreply@shop.example.com", "newsletter-optin"}};
        String tls = "X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes";
        LocalDateTime t = start;
        int bounces = 0;
        List<LocalDateTime> queueRuns = new ArrayList<>();
        for (LocalDateTime q = start.plusMinutes(4).plusSeconds(11); q.isBefore(end); q = q.plusMinutes(15)) {
            queueRuns.add(q);
        }
        while (t.isBefore(end)) {
            t = t.plusNanos(g.between(2_000, 15_000) * 1_000_000L);
            if (g.chance(0.08)) {
                String ip = g.ip();
                lines.add(new L(t, seq[0]++, SECONDS.format(t) + " " + g.pick("SMTP connection from [" + ip + "]:" + g.between(1024, 65_535)
                        + " lost D=" + g.between(0, 30) + "s", "no host name found for IP address " + ip, "SMTP command timeout on connection from ["
                        + ip + "]:" + g.between(1024, 65_535) + " D=5m", "H=[" + ip + "]:" + g.between(1024, 65_535) + " rejected EHLO or HELO"
                        + " " + g.alnum(6) + ": syntactically invalid argument(s)")));
                continue;
            }
            String id = eximId(g);
            String[] kind = g.pick(kinds);
            String[] dom = mx[g.weighted(30, 4, 12, 8, 6, 10, 9, 8, 6, 7)];
            String rcpt = g.pick(first) + "." + g.pick(last) + (g.chance(0.3) ? String.valueOf(g.between(1, 99)) : "") + "@" + dom[0];
            int app = g.between(1, 4);
            lines.add(new L(t, seq[0]++, SECONDS.format(t) + " " + id + " <= " + kind[0] + " H=app-" + app + ".internal (app-" + app + ") [10.0.3."
                    + (20 + app) + "]:" + g.between(32_768, 60_999) + " P=esmtp S=" + g.between(6_000, 48_000) + " id=" + kind[1] + "." + g.hex(12) + "@"
                    + "shop.example.com for " + rcpt));
            LocalDateTime d = t.plusSeconds(g.between(0, 2)).plusNanos(g.between(100, 900) * 1_000_000L);
            boolean grey = dom[0].equals("web.de") && g.chance(0.15) || dom[0].equals("t-online.de") && g.chance(0.4);
            boolean hard = !grey && dom[0].equals("gmail.com") && bounces < 2 && g.chance(0.05);
            String remote = "H=" + dom[1] + " [" + dom[2] + "]";
            if (grey) {
                lines.add(new L(d, seq[0]++, SECONDS.format(d) + " " + id + " == " + rcpt + " R=dnslookup T=remote_smtp defer (-44) " + remote
                        + ": SMTP error from remote mail server after RCPT TO:<" + rcpt + ">: 451 4.7.1 Greylisted, please try again later"));
                LocalDateTime qr = null;
                for (LocalDateTime q : queueRuns) {
                    if (q.isAfter(d.plusMinutes(5))) {
                        qr = q;
                        break;
                    }
                }
                if (qr == null) {
                    continue;
                }
                d = qr.plusSeconds(g.between(1, 20));
            }
            if (hard) {
                bounces++;
                lines.add(new L(d, seq[0]++, SECONDS.format(d) + " " + id + " ** " + rcpt + " R=dnslookup T=remote_smtp " + remote + " " + tls
                        + ": SMTP error from remote mail server after RCPT TO:<" + rcpt + ">: 550-5.1.1 The email account that you tried to reach"
                        + " does not exist. Please try\\n550-5.1.1 double-checking the recipient's email address for typos or\\n550-5.1.1 unnecessary"
                        + " spaces. For more information, go to\\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser " + g.alnum(20) + " - gsmtp"));
                String bid = eximId(g);
                LocalDateTime bb = d.plusNanos(3_000_000);
                lines.add(new L(bb, seq[0]++, SECONDS.format(bb) + " " + bid + " <= <> R=" + id + " U=Debian-exim P=local S=" + g.between(9_000, 50_000)
                        + " T=\"Mail delivery failed: returning message to sender\" for " + kind[0]));
                lines.add(new L(bb, seq[0]++, SECONDS.format(bb) + " " + id + " Completed"));
                lines.add(new L(bb, seq[0]++, SECONDS.format(bb) + " " + bid + " => :blackhole: <" + kind[0] + "> R=blackhole_noreply"));
                lines.add(new L(bb, seq[0]++, SECONDS.format(bb) + " " + bid + " Completed"));
                continue;
            }
            String confirm = dom[1].endsWith("google.com") ? "250 2.0.0 OK  " + (epochMillis(d) / 1000) + " " + g.alnum(20) + " - gsmtp"
                    : dom[1].contains("outlook") ? "250 2.6.0 <" + kind[1] + "." + g.hex(12) + "@shop.example.com> [InternalId=" + g.between(10_000_000,
                    99_999_999) + "] Queued mail for delivery" : "250 2.0.0 OK: queued as " + g.hex(10).toUpperCase(Locale.ROOT);
            lines.add(new L(d, seq[0]++, SECONDS.format(d) + " " + id + " => " + rcpt + " R=dnslookup T=remote_smtp " + remote + " " + tls + " K C=\""
                    + confirm + "\""));
            lines.add(new L(d, seq[0]++, SECONDS.format(d) + " " + id + " Completed"));
        }
        for (LocalDateTime q : queueRuns) {
            int qp = g.between(40_000, 49_999);
            lines.add(new L(q, seq[0]++, SECONDS.format(q) + " Start queue run: pid=" + qp));
            LocalDateTime e = q.plusSeconds(g.between(20, 50));
            lines.add(new L(e, seq[0]++, SECONDS.format(e) + " End queue run: pid=" + qp));
        }
        // the password reset of the question
        String id = "1tJy2K-0009Qx-4F";
        String rcpt = "j.martens@kpn-example.nl";
        LocalDateTime a = LocalDateTime.of(2026, 12, 7, 10, 14, 7);
        String arrival = SECONDS.format(a) + " " + id + " <= noreply@shop.example.com H=app-2.internal (app-2) [10.0.3.22]:48812 P=esmtp S=9412"
                + " id=pwreset.8c1e2a7f0b44@shop.example.com for " + rcpt;
        lines.add(new L(a, seq[0]++, arrival));
        LocalDateTime d = a.plusSeconds(1);
        String deferral = SECONDS.format(d) + " " + id + " == " + rcpt + " R=dnslookup T=remote_smtp defer (-44) H=mx1.kpn-example.nl"
                + " [195.121.1.34]: SMTP error from remote mail server after RCPT TO:<" + rcpt + ">: 451 4.7.1 Greylisted, please retry in 5 minutes";
        lines.add(new L(d, seq[0]++, deferral));
        LocalDateTime b = LocalDateTime.of(2026, 12, 7, 10, 19, 11).plusSeconds(14);
        String reject = SECONDS.format(b) + " " + id + " ** " + rcpt + " R=dnslookup T=remote_smtp H=mx1.kpn-example.nl [195.121.1.34]"
                + " X=TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256 CV=no: SMTP error from remote mail server after end of data: 550 5.7.23 SPF validation"
                + " failed: 203.0.113.25 is not permitted to send mail for shop.example.com";
        lines.add(new L(b, seq[0]++, reject));
        String bid = "1tJy7R-000A1c-Lm";
        lines.add(new L(b, seq[0]++, SECONDS.format(b) + " " + bid + " <= <> R=" + id + " U=Debian-exim P=local S=11310 T=\"Mail delivery failed:"
                + " returning message to sender\" for noreply@shop.example.com"));
        lines.add(new L(b, seq[0]++, SECONDS.format(b) + " " + id + " Completed"));
        lines.add(new L(b, seq[0]++, SECONDS.format(b) + " " + bid + " => :blackhole: <noreply@shop.example.com> R=blackhole_noreply"));
        lines.add(new L(b, seq[0]++, SECONDS.format(b) + " " + bid + " Completed"));
        lines.sort(Comparator.comparing(L::at).thenComparingInt(L::seq));
        Gen out = new Gen(0);
        for (L l : lines) {
            out.add(l.line());
        }
        String text = out.text();
        requireSize(text, 60, 200);
        requireLines(out, 300, 1500);
        requireCount(text, rcpt, 4);
        requireCount(text, id, 5);
        if (bounces != 2) {
            throw new IllegalStateException("bounces " + bounces);
        }
        if (queueRuns.size() < 3 || !queueRuns.get(1).equals(LocalDateTime.of(2026, 12, 7, 10, 19, 11))) {
            throw new IllegalStateException("queue runs " + queueRuns);
        }
        return NeedleCase.named("fresh17_exim_mainlog", "log", "exim-mainlog")
                .shell("ssh mail-relay-1 'sudo tail -n 1200 /var/log/exim4/mainlog'")
                .question("A customer says the password reset email to j.martens@kpn-example.nl, requested around 10:14, never arrived. What"
                        + " happened to it on our relay?")
                .heldAside()
                .build(text, List.of(Needle.exact(arrival), Needle.exact(deferral), Needle.exact(reject)));
    }

    // ---------------------------------------------------------------- Elasticsearch server log

    /**
     * {@code tail} of the Elasticsearch 8 server log on the elected master of a logging cluster, the night of 2026-12-07:
     * GC overhead lines, mapping updates of the daily indices, ILM moving old indices to warm and deleting expired ones,
     * the nightly snapshot, low-watermark notices for two data nodes. es-data-4 crosses the high watermark at 03:12 (shards
     * to move away) and the flood stage at 03:38 (indices on it made read-only, repeated every 30 s); at 03:39:58 a merge
     * fills the disk and the only copy of shard 2 of logs-clickstream-2026.12.07 (an index without replicas) fails with
     * {@code No space left on device}: the cluster goes from GREEN to RED. The RED transition, the failed shard and the
     * flood-stage warning are the needles.
     */
    static NeedleCase elasticsearchServerLog() {
        Gen g = new Gen(200_012);
        record L(LocalDateTime at, int seq, String line) {}
        List<L> lines = new ArrayList<>();
        int[] seq = {0};
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 2, 50, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 4, 5, 0);
        String master = "es-master-1";
        String[] dataNodes = {"es-data-1", "es-data-2", "es-data-3", "es-data-4", "es-data-5", "es-data-6"};
        String[] nodeIds = new String[dataNodes.length];
        for (int i = 0; i < nodeIds.length; i++) {
            nodeIds[i] = mixed(g, 22);
        }
        String path = "/usr/share/elasticsearch/data";
        java.util.function.BiFunction<LocalDateTime, String[], String> es = (x, p) -> "[" + ES.format(x) + "][" + fmt("%-5s", p[0]) + "][" + p[1]
                + "] [" + master + "] " + p[2];
        String[] families = {"logs-app", "logs-nginx", "logs-payments", "logs-audit", "logs-clickstream", "metrics-node", "traces-apm"};
        LocalDateTime t = start;
        long gcCount = 1_284_112;
        while (t.isBefore(end)) {
            t = t.plusNanos(g.between(500, 14_000) * 1_000_000L);
            int k = g.weighted(30, 6, 3);
            if (k == 0) {
                String fam = g.pick(families);
                lines.add(new L(t, seq[0]++, es.apply(t, new String[] {"INFO", "o.e.c.m.MetadataMappingService", "[" + fam + "-2026.12.07/"
                        + mixed(g, 22) + "] update_mapping [_doc]"})));
            } else if (k == 1) {
                gcCount += g.between(40, 200);
                int spent = g.between(250, 900);
                lines.add(new L(t, seq[0]++, es.apply(t, new String[] {spent > 700 ? "WARN" : "INFO", "o.e.m.j.JvmGcMonitorService", "[gc][" + gcCount
                        + "] overhead, spent [" + spent + "ms] collecting in the last [1s]"})));
            } else {
                String fam = g.pick(families);
                String old = fam + "-2026.11." + fmt("%02d", g.between(1, 29));
                lines.add(new L(t, seq[0]++, es.apply(t, new String[] {"INFO", "o.e.x.i.IndexLifecycleTransition", "moving index [" + old
                        + "] from [{\"phase\":\"hot\",\"action\":\"complete\",\"name\":\"complete\"}] to [{\"phase\":\"warm\",\"action\":\"allocate\","
                        + "\"name\":\"allocate\"}] in policy [" + fam + "-30d]"})));
            }
        }
        // low watermark on two nodes, every five minutes
        for (LocalDateTime c = start.plusSeconds(17); c.isBefore(end); c = c.plusMinutes(5)) {
            for (int n : new int[] {1, 4}) {
                LocalDateTime a = c.plusNanos(g.between(1, 300) * 1_000_000L);
                double free = n == 1 ? 13.0 + g.nextInt(10) / 10.0 : 12.2 + g.nextInt(8) / 10.0;
                lines.add(new L(a, seq[0]++, es.apply(a, new String[] {"INFO", "o.e.c.r.a.DiskThresholdMonitor", "low disk watermark [85%] exceeded"
                        + " on [" + nodeIds[n] + "][" + dataNodes[n] + "][" + path + "] free: " + fmt("%.1fgb[%.1f%%]", free * 5.12, free)
                        + ", replicas will not be assigned to this node"})));
            }
        }
        // the snapshot
        LocalDateTime sn = LocalDateTime.of(2026, 12, 7, 3, 30, 0).plusNanos(12_000_000);
        String snap = "nightly-2026.12.07-" + g.alnum(22);
        lines.add(new L(sn, seq[0]++, es.apply(sn, new String[] {"INFO", "o.e.x.s.SnapshotLifecycleTask", "snapshot lifecycle policy [nightly-snapshots]"
                + " issuing create snapshot [" + snap + "]"})));
        LocalDateTime sn2 = plusMillis(sn, 180);
        lines.add(new L(sn2, seq[0]++, es.apply(sn2, new String[] {"INFO", "o.e.s.SnapshotsService", "snapshot [s3-backups:" + snap + "/" + mixed(g, 22)
                + "] started"})));
        LocalDateTime sn3 = sn.plusMinutes(6).plusSeconds(41);
        lines.add(new L(sn3, seq[0]++, es.apply(sn3, new String[] {"INFO", "o.e.s.SnapshotsService", "snapshot [s3-backups:" + snap + "/" + mixed(g, 22)
                + "] completed with state [SUCCESS]"})));
        // high watermark on es-data-4 (nodeIds[3])
        for (LocalDateTime c = LocalDateTime.of(2026, 12, 7, 3, 12, 4); c.isBefore(LocalDateTime.of(2026, 12, 7, 3, 38, 30)); c = c.plusSeconds(60)) {
            LocalDateTime a = c.plusNanos(g.between(1, 300) * 1_000_000L);
            double free = 9.8 - java.time.Duration.between(LocalDateTime.of(2026, 12, 7, 3, 12, 4), c).toMinutes() * 0.19;
            lines.add(new L(a, seq[0]++, es.apply(a, new String[] {"WARN", "o.e.c.r.a.DiskThresholdMonitor", "high disk watermark [90%] exceeded on ["
                    + nodeIds[3] + "][es-data-4][" + path + "] free: " + fmt("%.1fgb[%.1f%%]", free * 5.12, free) + ", shards will be relocated away"
                    + " from this node; currently relocating away shards totalling [" + g.between(30, 90) + ".1gb] bytes; the node is expected to"
                    + " continue to exceed the high disk watermark when these relocations are complete"})));
        }
        List<String> flood = new ArrayList<>();
        for (LocalDateTime c = LocalDateTime.of(2026, 12, 7, 3, 38, 41); c.isBefore(end); c = c.plusSeconds(30)) {
            LocalDateTime a = c.plusNanos(g.between(1, 300) * 1_000_000L);
            double free = c.isBefore(LocalDateTime.of(2026, 12, 7, 3, 39, 58)) ? 4.7 : 0.0 + g.nextInt(3) / 10.0;
            String l = es.apply(a, new String[] {"WARN", "o.e.c.r.a.DiskThresholdMonitor", "flood stage disk watermark [95%] exceeded on [" + nodeIds[3]
                    + "][es-data-4][" + path + "] free: " + fmt("%.1fgb[%.1f%%]", free * 5.12, free) + ", all indices on this node will be marked"
                    + " read-only"});
            flood.add(l);
            lines.add(new L(a, seq[0]++, l));
        }
        LocalDateTime f = LocalDateTime.of(2026, 12, 7, 3, 39, 58).plusNanos(402_000_000);
        String alloc = mixed(g, 22);
        String failing = es.apply(f, new String[] {"WARN", "o.e.c.r.a.AllocationService", "failing shard [FailedShard[routingEntry=[logs-clickstream"
                + "-2026.12.07][2], node[" + nodeIds[3] + "], [P], s[STARTED], a[id=" + alloc + "], failedNodeId: [" + nodeIds[3] + "]],"
                + " message=shard failure, reason [merge failed], failure=org.apache.lucene.index.MergePolicy$MergeException:"
                + " java.io.IOException: No space left on device, markAsStale=true]"});
        lines.add(new L(f, seq[0]++, failing));
        LocalDateTime red = plusMillis(f, 61);
        String redLine = es.apply(red, new String[] {"INFO", "o.e.c.r.a.AllocationService", "current.health=\"RED\" message=\"Cluster health status"
                + " changed from [GREEN] to [RED] (reason: [shards failed [[logs-clickstream-2026.12.07][2]]]).\" previous.health=\"GREEN\""
                + " reason=\"shards failed [[logs-clickstream-2026.12.07][2]]\""});
        lines.add(new L(red, seq[0]++, redLine));
        for (LocalDateTime c = red.plusSeconds(20); c.isBefore(end); c = c.plusMinutes(4)) {
            lines.add(new L(c, seq[0]++, es.apply(c, new String[] {"WARN", "o.e.x.i.IndexLifecycleRunner", "policy [logs-clickstream-30d] for index"
                    + " [logs-clickstream-2026.12.07] failed on step [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"check-rollover-ready\"}]."
                    + " Moving to ERROR step"})));
        }
        lines.sort(Comparator.comparing(L::at).thenComparingInt(L::seq));
        Gen out = new Gen(0);
        for (L l : lines) {
            out.add(l.line());
        }
        String text = out.text();
        requireSize(text, 60, 220);
        requireLines(out, 500, 1500);
        requireCount(text, "to [RED]", 1);
        requireCount(text, "No space left on device", 1);
        requireCount(text, "flood stage", flood.size());
        return NeedleCase.named("fresh17_elasticsearch_server_log", "log", "elasticsearch-server-log")
                .shell("ssh es-master-1 'sudo tail -n 1500 /var/log/elasticsearch/logging-prod.log'")
                .question("The logging cluster went red last night around 03:40. Which index and shard went red, on which node, and why?")
                .heldAside()
                .build(text, List.of(Needle.exact(redLine), Needle.exact(failing), Needle.anyOf(flood)));
    }
}
