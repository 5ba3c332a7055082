package dev.headroom.spring;

import dev.headroom.Headroom;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.langchain4j.HeadroomStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.function.SingletonSupplier;

/**
 * Wraps every {@code ChatModel} and {@code StreamingChatModel} bean in a Headroom decorator, under the same
 * bean name, so that {@code @AiService} wiring and every injection point typed {@code ChatModel} or
 * {@code StreamingChatModel} get the compressing model and the number of model beans stays the same. {@code langchain4j.headroom.include} /
 * {@code exclude} select beans by name.
 *
 * <p>The bean keeps its concrete type where it can (see {@link HeadroomModelProxies}): an injection point
 * typed {@code OpenAiChatModel} still resolves, to a class-based proxy that compresses.
 *
 * <p>The engine and the properties are resolved lazily, on the first model bean, so registering this
 * post-processor early instantiates nothing.
 */
final class HeadroomModelPostProcessor implements BeanPostProcessor {

    private final Supplier<Headroom> headroom;
    private final Supplier<HeadroomProperties> properties;

    HeadroomModelPostProcessor(ObjectProvider<Headroom> headroom, ObjectProvider<HeadroomProperties> properties) {
        this.headroom = SingletonSupplier.of(headroom::getObject);
        this.properties = SingletonSupplier.of(properties::getObject);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof ChatModel || bean instanceof StreamingChatModel) || alreadyWrapped(bean) || !selected(beanName)) {
            return bean;
        }
        Map<Class<?>, Object> decorators = new LinkedHashMap<>();
        if (bean instanceof ChatModel model) {
            decorators.put(ChatModel.class, HeadroomChatModel.builder().delegate(model).headroom(headroom.get()).build());
        }
        if (bean instanceof StreamingChatModel model) {
            decorators.put(StreamingChatModel.class,
                    HeadroomStreamingChatModel.builder().delegate(model).headroom(headroom.get()).build());
        }
        return HeadroomModelProxies.wrap(bean, beanName, decorators);
    }

    private static boolean alreadyWrapped(Object bean) {
        return bean instanceof HeadroomChatModel || bean instanceof HeadroomStreamingChatModel
                || HeadroomModelProxies.isProxy(bean);
    }

    private boolean selected(String beanName) {
        HeadroomProperties p = properties.get();
        List<String> include = p.getInclude();
        return (include.isEmpty() || include.contains(beanName)) && !p.getExclude().contains(beanName);
    }
}
