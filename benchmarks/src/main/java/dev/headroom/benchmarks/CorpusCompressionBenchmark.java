package dev.headroom.benchmarks;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.compress.CompressionContext;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of {@link Headroom#compress} per corpus file with the memo off ({@code memoMaximumBytes(0)}), so
 * every operation detects, compresses, hashes and stores: the cost of a tool result seen for the first
 * time. Each invocation gets a fresh copy of the content (made outside the measurement), so the engine's
 * identity-keyed handle cache cannot skip the SHA-256 either. Compare with {@link JacksonParseBenchmark},
 * the floor for the JSON files.
 *
 * <p>Run (from the repository root, corpus in {@code ../shared/corpus}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CorpusCompression -f 1 -wi 3 -i 5
 * java -Dheadroom.corpus=/path/to/corpus -jar benchmarks/target/benchmarks.jar CorpusCompression -p file=json_pip_list.json
 * </pre>
 * The corpus-wide ratio and retention figures come from the CLI's {@code bench} command instead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CorpusCompressionBenchmark {

    @Param({
        "build_pytest_headroom_v0.2.13.txt",
        "code_cpython_3.11.7_shutil.py",
        "code_gson_2.11.0_JsonReader.java",
        "diff_cpython_stdlib_3.11.2_to_3.11.7.diff",
        "headroom_fixture_log_compressor_3bc015ed.log",
        "headroom_fixture_smart_crusher_dict_array_100.json",
        "json_aws_ec2_describe_instance_types.json",
        "json_aws_ec2_instance_type_offerings.json",
        "json_aws_ec2_instance_types_query_array.json",
        "json_github_issues_list.json",
        "json_iso_3166_1_countries.json",
        "json_pip_list.json",
        "log_bgl_1800.log",
        "log_hdfs_2k.log",
        "log_spark_2k.log",
        "log_zookeeper_2k.log",
        "search_grep_def_headroom_transforms.txt",
        "search_grep_todo_cpython_stdlib.txt",
        "text_gpl3_license.txt",
        "text_man_find.txt",
        "text_markdown_headroom_ARCHITECTURE.md"
    })
    public String file;

    private Headroom headroom;
    private String original;
    private String content;
    private final CompressionContext context = CompressionContext.empty();

    @Setup(Level.Trial)
    public void load() {
        headroom = Headroom.builder().config(HeadroomConfig.builder().memoMaximumBytes(0).build()).build();
        original = Corpus.text(file);
    }

    /** A new String per invocation: first sight for the handle cache too. Ops take ms, so Level.Invocation is fine. */
    @Setup(Level.Invocation)
    public void freshCopy() {
        content = new String(original.toCharArray());
    }

    @Benchmark
    public CompressionOutcome compress() {
        return headroom.compress(content, context);
    }
}
