package dev.headroom.spring;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
 *       existing AOP proxy, a hidden or anonymous class, or a final {@code chat}/{@code doChat} method), the
 *       bean is replaced by the decorator itself, exposed as the interface only. An injection point typed with
 *       the concrete class then fails at startup with Spring's {@code BeanNotOfRequiredTypeException} naming the
 *       bean; the log line written here names the fix: inject the interface, or
 *       {@code langchain4j.headroom.exclude=<bean name>}.</li>
 * </ul>
 */
final class HeadroomModelProxies {

    private static final Logger log = LoggerFactory.getLogger(HeadroomModelProxies.class);

    private HeadroomModelProxies() {}

    /**
     * The bean to expose in place of {@code bean}.
     *
     * @param decorators the Headroom decorator around {@code bean} per model interface it implements, in
     *                   order of preference for the fallback
     */
    static Object wrap(Object bean, String beanName, Map<Class<?>, Object> decorators) {
        Class<?> type = bean.getClass();
        Optional<String> obstacle = obstacleToSubclassing(bean, decorators);
        if (obstacle.isEmpty()) {
            try {
                ProxyFactory factory = new ProxyFactory(bean);
                factory.setProxyTargetClass(true);
                factory.addAdvice(new Routing(decorators));
                factory.setFrozen(true);
                Object proxy = factory.getProxy(type.getClassLoader());
                log.debug("headroom: bean '{}' of type {} wrapped (class-based proxy)", beanName, type.getName());
                return proxy;
            } catch (RuntimeException | LinkageError e) {
                obstacle = Optional.of("proxy creation failed: " + e);
            }
        }
        Map.Entry<Class<?>, Object> first = decorators.entrySet().iterator().next();
        String interfaces = decorators.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(" and "));
        log.info("headroom: bean '{}' of type {} is wrapped as {} only ({}); inject it as {}, or set "
                        + "langchain4j.headroom.exclude={} to leave it unwrapped",
                beanName, type.getName(), first.getKey().getSimpleName(), obstacle.get(), interfaces, beanName);
        return first.getValue();
    }

    /** Whether {@code bean} is a proxy made here. */
    static boolean isProxy(Object bean) {
        return bean instanceof Advised advised
                && Arrays.stream(advised.getAdvisors()).anyMatch(a -> a.getAdvice() instanceof Routing);
    }

    private static Optional<String> obstacleToSubclassing(Object bean, Map<Class<?>, Object> decorators) {
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
        for (Class<?> modelType : decorators.keySet()) {
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
        }
        return Optional.empty();
    }

    /** Sends the models' {@code chat}/{@code doChat} methods to the decorators, everything else to the target. */
    static final class Routing implements MethodInterceptor {

        private final Map<Class<?>, Object> decorators;
        /** Target-class method → the decorator and interface method to call; empty: call the target. */
        private final Map<Method, Optional<Route>> routes = new ConcurrentHashMap<>();

        Routing(Map<Class<?>, Object> decorators) {
            this.decorators = Map.copyOf(decorators);
        }

        static boolean routed(Method m) {
            return !Modifier.isStatic(m.getModifiers()) && (m.getName().equals("chat") || m.getName().equals("doChat"));
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Optional<Route> route = routes.computeIfAbsent(invocation.getMethod(), this::route);
            if (route.isEmpty()) {
                return invocation.proceed();
            }
            return AopUtils.invokeJoinpointUsingReflection(route.get().decorator(), route.get().method(), invocation.getArguments());
        }

        private Optional<Route> route(Method method) {
            if (!routed(method)) {
                return Optional.empty();
            }
            for (Map.Entry<Class<?>, Object> e : decorators.entrySet()) {
                try {
                    return Optional.of(new Route(e.getValue(), e.getKey().getMethod(method.getName(), method.getParameterTypes())));
                } catch (NoSuchMethodException notThisInterface) {
                    // try the next model interface
                }
            }
            return Optional.empty();
        }

        private record Route(Object decorator, Method method) {}
    }
}
