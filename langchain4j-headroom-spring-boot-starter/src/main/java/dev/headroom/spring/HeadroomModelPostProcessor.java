package dev.headroom.spring;

import dev.headroom.Headroom;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.langchain4j.HeadroomStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
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
 * <p>When a bean could only be replaced by the decorator (see {@link HeadroomModelProxies}), Spring no longer sees
 * the original's lifecycle: at shutdown this post-processor closes the original if it is {@link AutoCloseable} or
 * a {@link DisposableBean} ({@code @PreDestroy} methods of such a class are not called). A class-based proxy
 * needs none of this: its {@code close()} reaches the original.
 *
 * <p>The engine and the properties are resolved lazily, on the first model bean, so registering this
 * post-processor early instantiates nothing.
 */
final class HeadroomModelPostProcessor implements DestructionAwareBeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(HeadroomModelPostProcessor.class);

    private final Supplier<Headroom> headroom;
    private final Supplier<HeadroomProperties> properties;
    /** Decorators that replaced their bean outright; weak, as prototype beans are never destroyed. */
    private final Set<Object> replacements = Collections.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));

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
        Object exposed = HeadroomModelProxies.wrap(bean, beanName, decorators);
        if (!HeadroomModelProxies.isProxy(exposed)) {
            replacements.add(exposed);
        }
        return exposed;
    }

    @Override
    public boolean requiresDestruction(Object bean) {
        return replacements.contains(bean);
    }

    @Override
    public void postProcessBeforeDestruction(Object bean, String beanName) {
        if (!replacements.remove(bean)) {
            return;
        }
        Object original = bean instanceof HeadroomChatModel chat ? chat.delegate()
                : bean instanceof HeadroomStreamingChatModel streaming ? streaming.delegate() : null;
        try {
            if (original instanceof DisposableBean disposable) {
                disposable.destroy();
            } else if (original instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } catch (Exception e) {
            log.warn("headroom: closing the original of bean '{}' failed", beanName, e);
        }
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
