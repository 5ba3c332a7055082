package dev.headroom.spring;

import dev.headroom.Headroom;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.function.SingletonSupplier;

/**
 * Wraps every {@code ChatModel} bean in a Headroom decorator, under the same bean name, so that
 * {@code @AiService} wiring and every injection point typed {@code ChatModel} get the compressing model and
 * the number of {@code ChatModel} beans stays the same. {@code langchain4j.headroom.include} /
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
        if (!(bean instanceof ChatModel model) || alreadyWrapped(bean) || !selected(beanName)) {
            return bean;
        }
        ChatModel decorator = HeadroomChatModel.builder().delegate(model).headroom(headroom.get()).build();
        return HeadroomModelProxies.wrap(bean, beanName, decorator);
    }

    private static boolean alreadyWrapped(Object bean) {
        return bean instanceof HeadroomChatModel || HeadroomModelProxies.isProxy(bean);
    }

    private boolean selected(String beanName) {
        HeadroomProperties p = properties.get();
        List<String> include = p.getInclude();
        return (include.isEmpty() || include.contains(beanName)) && !p.getExclude().contains(beanName);
    }
}
