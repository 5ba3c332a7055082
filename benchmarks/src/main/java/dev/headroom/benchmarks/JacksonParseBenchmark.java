package dev.headroom.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 * The floor for JSON compression: a plain {@code ObjectMapper.readTree} of the corpus JSON files' bytes.
 * A compressor that must look at every item cannot be much faster than this; compare per file with
 * {@link CorpusCompressionBenchmark}.
 *
 * <p>Run (from the repository root, corpus in {@code ../shared/corpus}, or {@code -Dheadroom.corpus=DIR}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar JacksonParse -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JacksonParseBenchmark {

    @Param({
        "headroom_fixture_smart_crusher_dict_array_100.json",
        "json_aws_ec2_describe_instance_types.json",
        "json_aws_ec2_instance_type_offerings.json",
        "json_aws_ec2_instance_types_query_array.json",
        "json_github_issues_list.json",
        "json_iso_3166_1_countries.json",
        "json_pip_list.json"
    })
    public String file;

    private final ObjectMapper mapper = new ObjectMapper();
    private byte[] bytes;

    @Setup(Level.Trial)
    public void load() {
        bytes = Corpus.bytes(file);
    }

    @Benchmark
    public JsonNode readTree() throws IOException {
        return mapper.readTree(bytes);
    }
}
