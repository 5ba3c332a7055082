package dev.headroom.spring.observation;

import dev.headroom.stats.StepObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Turns Headroom's steps into Micrometer {@link Observation}s, so that a tracing backend shows a span for the
 * compression of each caller request and for each hidden retrieval round, and the registry's meter handler times them
 * per provider and model. Pass it to the engine with {@code Headroom.builder().stepObserver(..)}; the starter does so
 * when an {@link ObservationRegistry} bean exists.
 *
 * <table>
 *   <caption>Observations and their key values (OpenTelemetry {@code gen_ai} semantic conventions, plus {@code headroom.*})</caption>
 *   <tr><th>observation</th><th>low cardinality (span attributes and meter tags)</th><th>high cardinality (span attributes only)</th></tr>
 *   <tr><td>{@value #COMPRESSION}</td>
 *       <td>{@code gen_ai.operation.name=headroom.compress}, {@code gen_ai.provider.name}, {@code gen_ai.request.model},
 *       {@code headroom.mode}</td>
 *       <td>{@code headroom.tool_results}, {@code headroom.results.compressed}, {@code headroom.results.cleared},
 *       {@code headroom.tokens.before}, {@code headroom.tokens.after}</td></tr>
 *   <tr><td>{@value #RETRIEVAL_ROUND}</td>
 *       <td>{@code gen_ai.operation.name=chat}, {@code gen_ai.provider.name}, {@code gen_ai.request.model},
 *       {@code headroom.mode}, {@code headroom.retrieval.round} (1, 2, ...)</td>
 *       <td>{@code gen_ai.usage.input_tokens}, {@code gen_ai.usage.output_tokens}, {@code gen_ai.response.model}</td></tr>
 * </table>
 *
 * <p>{@code gen_ai.provider.name} uses the conventions' values where they exist ({@code openai}, {@code anthropic},
 * {@code gcp.gemini}, {@code ollama}, ...), else LangChain4j's provider name in lower case; a request without a model
 * name has {@code gen_ai.request.model=unknown}. Observations are started on the calling thread (their parent is the
 * observation current there, e.g. the HTTP request's) and not opened as the current scope, since a streaming round ends
 * on the provider's thread. Thread-safe.
 */
public final class ObservationStepObserver implements StepObserver {

    /** The observation of one caller request's compression. */
    public static final String COMPRESSION = "headroom.compression";
    /** The observation of one hidden retrieval round. */
    public static final String RETRIEVAL_ROUND = "headroom.retrieval.round";

    private final ObservationRegistry registry;

    public ObservationStepObserver(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public Scope start(Step step) {
        boolean compression = step.kind() == Step.Kind.COMPRESSION;
        String model = step.model() == null ? "unknown" : step.model();
        Observation observation = Observation.createNotStarted(compression ? COMPRESSION : RETRIEVAL_ROUND, registry)
                .contextualName(compression ? "headroom compress " + model : "chat " + model + " (headroom retrieval)")
                .lowCardinalityKeyValue("gen_ai.operation.name", compression ? "headroom.compress" : "chat")
                .lowCardinalityKeyValue("gen_ai.provider.name", provider(step.provider()))
                .lowCardinalityKeyValue("gen_ai.request.model", model)
                .lowCardinalityKeyValue("headroom.mode", step.shadow() ? "shadow" : "active");
        if (!compression) {
            observation.lowCardinalityKeyValue("headroom.retrieval.round", Integer.toString(step.round()));
        }
        observation.start();
        return new Scope() {
            @Override
            public void stop(StepFigures f) {
                if (compression) {
                    observation.highCardinalityKeyValue("headroom.tool_results", Integer.toString(f.toolResults()))
                            .highCardinalityKeyValue("headroom.results.compressed", Integer.toString(f.resultsCompressed()))
                            .highCardinalityKeyValue("headroom.results.cleared", Integer.toString(f.resultsCleared()))
                            .highCardinalityKeyValue("headroom.tokens.before", Long.toString(f.tokensBefore()))
                            .highCardinalityKeyValue("headroom.tokens.after", Long.toString(f.tokensAfter()));
                } else {
                    observation.highCardinalityKeyValue("gen_ai.usage.input_tokens", Long.toString(f.inputTokens()))
                            .highCardinalityKeyValue("gen_ai.usage.output_tokens", Long.toString(f.outputTokens()));
                    if (f.responseModel() != null) {
                        observation.highCardinalityKeyValue("gen_ai.response.model", f.responseModel());
                    }
                }
                observation.stop();
            }

            @Override
            public void error(Throwable error) {
                observation.error(error);
                observation.stop();
            }
        };
    }

    /** The OpenTelemetry {@code gen_ai.provider.name} of LangChain4j's provider name (lower case). */
    static String provider(String provider) {
        return switch (provider) {
            case "open_ai" -> "openai";
            case "azure_open_ai" -> "azure.ai.openai";
            case "google_ai_gemini", "google_vertex_ai_gemini" -> "gcp.gemini";
            case "amazon_bedrock" -> "aws.bedrock";
            case "mistral_ai" -> "mistral_ai";
            default -> provider;
        };
    }
}
