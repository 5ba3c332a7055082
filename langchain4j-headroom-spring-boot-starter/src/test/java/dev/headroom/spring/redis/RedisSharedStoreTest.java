package dev.headroom.spring.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.CompressionContext;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.spring.HeadroomAutoConfiguration;
import dev.headroom.spring.TruncatingCompressor;
import dev.headroom.stats.RetrievalOutcome;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Two application instances (contexts) sharing one real Redis through the auto-configured store. */
class RedisSharedStoreTest {

    @RegisterExtension
    static final LocalRedis redis = new LocalRedis();

    private static final String JSON = TruncatingCompressor.jsonArray(400);

    private final ApplicationContextRunner instance = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RedisAutoConfiguration.class, HeadroomAutoConfiguration.class))
            .withBean(TruncatingCompressor.class, () -> new TruncatingCompressor(3))
            .withPropertyValues(
                    "spring.data.redis.host=" + LocalRedis.HOST,
                    "spring.data.redis.port=" + LocalRedis.PORT,
                    "spring.data.redis.timeout=2s",
                    "langchain4j.headroom.store.type=redis",
                    "langchain4j.headroom.store.redis.key-prefix=" + redis.prefix());

    @Test
    void should_answer_on_instance_b_a_retrieval_for_content_instance_a_compressed() {
        instance.run(a -> instance.run(b -> {
            // given: instance A compresses a tool result
            Headroom headroomA = a.getBean(Headroom.class);
            Headroom headroomB = b.getBean(Headroom.class);
            assertThat(headroomA).isNotSameAs(headroomB);
            CompressionOutcome outcome = headroomA.compress(JSON, CompressionContext.builder().toolName("list").build());
            assertThat(outcome.lossy()).isTrue();
            String handle = outcome.handle();

            // when: the model's headroom_retrieve lands on instance B
            Retrieval whole = headroomB.retriever().retrieve(handle, null, Set.of(handle));
            Retrieval matching = headroomB.retriever().retrieve(handle, "ERROR disk", Set.of(handle));

            // then
            assertThat(whole.outcome()).isEqualTo(RetrievalOutcome.FOUND);
            assertThat(whole.text()).isEqualTo(JSON);
            assertThat(matching.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
            assertThat(matching.text()).contains("ERROR disk full");
            assertThat(headroomB.stats().total().results()).isZero();
        }));
    }

    @Test
    void should_not_answer_across_instances_when_each_keeps_originals_in_process() {
        ApplicationContextRunner local = instance.withPropertyValues("langchain4j.headroom.store.type=caffeine");
        local.run(a -> local.run(b -> {
            // given
            CompressionOutcome outcome = a.getBean(Headroom.class).compress(JSON, CompressionContext.builder().toolName("list").build());

            // when
            Retrieval retrieval = b.getBean(Headroom.class).retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle()));

            // then: the contrast that makes the Redis case meaningful; the handle is in B's conversation but
            // B's own store never held it, so B answers "no longer kept", not the original
            assertThat(retrieval.outcome()).isEqualTo(RetrievalOutcome.EXPIRED);
            assertThat(retrieval.text()).isNotEqualTo(JSON);
        }));
    }

    @Test
    void should_still_scope_retrievals_to_the_conversation_with_a_shared_store() {
        instance.run(a -> instance.run(b -> {
            // given
            CompressionOutcome outcome = a.getBean(Headroom.class).compress(JSON, CompressionContext.builder().toolName("list").build());

            // when: a conversation on B that does not hold this handle asks for it
            Retrieval retrieval = b.getBean(Headroom.class).retriever().retrieve(outcome.handle(), null, Set.of("someotherhandle"));

            // then
            assertThat(retrieval.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        }));
    }
}
