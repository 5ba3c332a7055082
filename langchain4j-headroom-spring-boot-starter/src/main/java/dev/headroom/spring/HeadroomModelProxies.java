package dev.headroom.spring;

import dev.langchain4j.model.chat.ChatModel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;

/**
 * How a wrapped model bean is exposed. The decision, and why:
 *
 * <ul>
 *   <li><b>Class-based proxy (the normal case).</b> Provider starters declare their beans with the concrete
 *       type ({@code OpenAiChatModel openAiChatModel()}), and applications inject that type. Replacing the bean
 *       by the decorator would break such injection points at startup, so the bean becomes a CGLIB subclass
 *       of its own class: {@code chat(..)} and {@code doChat(..)} go to the Headroom decorator, every other
 *       method (getters, {@code listeners()}, {@code toString()}) to the original instance. Injection typed
 *       {@code OpenAiChatModel} and typed {@code ChatModel} both get the compressing model.</li>
 *   <li><b>Decorator only (fallback).</b> When the class cannot be subclassed (a final class, a JDK proxy, an
 *       existing AOP proxy, a hidden class, or a {@code chat}/{@code doChat} method that is final), the bean is
 *       replaced by the decorator itself, exposed as the interface only. An injection point typed with the
 *       concrete class then fails at startup with Spring's {@code BeanNotOfRequiredTypeException}; the log line
 *       written here names the bean and the fix: inject the interface, or
 *       {@code langchain4j.headroom.exclude=<bean name>}.</li>
 * </ul>
 */
final class HeadroomModelProxies {

    private static final Logger log = LoggerFactory.getLogger(HeadroomModelProxies.class);

    private HeadroomModelProxies() {}

    /**
     * The bean to expose in place of {@code bean}.
     *
     * @param decorator the Headroom decorator around {@code bean}, implementing {@code modelType}
     */
    static Object wrap(Object bean, String beanName, ChatModel decorator) {
        Class<?> type = bean.getClass();
        Optional<String> obstacle = obstacleToSubclassing(bean, ChatModel.class);
        if (obstacle.isEmpty()) {
            try {
                ProxyFactory factory = new ProxyFactory(bean);
                factory.setProxyTargetClass(true);
                factory.addAdvice(new Routing(ChatModel.class, decorator));
                factory.setFrozen(true);
                return factory.getProxy(type.getClassLoader());
            } catch (RuntimeException | LinkageError e) {
                obstacle = Optional.of("proxy creation failed: " + e);
            }
        }
        log.info("headroom: bean '{}' of type {} is wrapped as {} only ({}); inject it as {}, or set "
                        + "langchain4j.headroom.exclude={} to leave it unwrapped",
                beanName, type.getName(), ChatModel.class.getSimpleName(), obstacle.get(), ChatModel.class.getSimpleName(), beanName);
        return decorator;
    }

    /** Whether {@code bean} is a proxy made here. */
    static boolean isProxy(Object bean) {
        return bean instanceof Advised advised
                && Arrays.stream(advised.getAdvisors()).anyMatch(a -> a.getAdvice() instanceof Routing);
    }

    private static Optional<String> obstacleToSubclassing(Object bean, Class<?> modelType) {
        Class<?> type = bean.getClass();
        if (Modifier.isFinal(type.getModifiers())) {
            return Optional.of("final class");
        }
        if (Proxy.isProxyClass(type) || AopUtils.isAopProxy(bean)) {
            return Optional.of("already a proxy");
        }
        if (type.isHidden() || type.isSynthetic() || type.isAnonymousClass()) {
            return Optional.of("hidden, synthetic or anonymous class");
        }
        for (Method m : modelType.getMethods()) {
            if (Routing.routed(m)) {
                try {
                    if (Modifier.isFinal(type.getMethod(m.getName(), m.getParameterTypes()).getModifiers())) {
                        return Optional.of("final method " + m.getName());
                    }
                } catch (NoSuchMethodException e) {
                    return Optional.of("no public method " + m.getName());
                }
            }
        }
        return Optional.empty();
    }

    /** Sends the model's {@code chat}/{@code doChat} methods to the decorator, everything else to the target. */
    static final class Routing implements MethodInterceptor {

        private final Class<?> modelType;
        private final Object decorator;
        /** Target-class method → the interface method to call on the decorator; empty: call the target. */
        private final Map<Method, Optional<Method>> routes = new ConcurrentHashMap<>();

        Routing(Class<?> modelType, Object decorator) {
            this.modelType = modelType;
            this.decorator = decorator;
        }

        static boolean routed(Method m) {
            return !Modifier.isStatic(m.getModifiers()) && (m.getName().equals("chat") || m.getName().equals("doChat"));
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Method method = invocation.getMethod();
            Optional<Method> route = routes.computeIfAbsent(method, this::route);
            if (route.isEmpty()) {
                return invocation.proceed();
            }
            return AopUtils.invokeJoinpointUsingReflection(decorator, route.get(), invocation.getArguments());
        }

        private Optional<Method> route(Method method) {
            if (!routed(method)) {
                return Optional.empty();
            }
            try {
                return Optional.of(modelType.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    }
}
