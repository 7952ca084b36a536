package org.citeqa.api;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each REST path allows, read once from the resource classes' own annotations, so that a 405 can say
 * which methods the resource does allow (RFC 9110, 15.5.6: the {@code Allow} header is required there). The router
 * that answers 405 does not pass its list on.
 */
@Singleton
public class AllowedMethods {

    /** A path parameter, with or without its own pattern: "{id}", "{id: [a-z]+}". */
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private record Route(Pattern path, TreeSet<String> methods) {
    }

    private final List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        Map<String, Route> byTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("org.citeqa")) {
                continue;
            }
            for (Method m : type.getMethods()) {
                Optional<String> method = httpMethod(m);
                if (method.isEmpty()) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String template = join(root.value(), sub == null ? "" : sub.value());
                byTemplate.computeIfAbsent(template, t -> new Route(regex(t), new TreeSet<>())).methods().add(method.get());
            }
        }
        byTemplate.values().forEach(r -> {
            if (r.methods().contains("GET")) {
                r.methods().add("HEAD");
            }
            r.methods().add("OPTIONS");
        });
        this.routes = List.copyOf(byTemplate.values());
    }

    /** The methods the resource at {@code path} allows, comma-separated; empty when no resource has that path. */
    public Optional<String> at(String path) {
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        TreeSet<String> allowed = new TreeSet<>();
        routes.stream().filter(r -> r.path().matcher(normalized).matches()).forEach(r -> allowed.addAll(r.methods()));
        return allowed.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", allowed));
    }

    private static Optional<String> httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String root, String sub) {
        String path = "/" + strip(root) + (strip(sub).isEmpty() ? "" : "/" + strip(sub));
        return path.equals("/") ? path : path.replaceAll("/+$", "");
    }

    private static String strip(String segment) {
        return segment.replaceAll("^/+|/+$", "");
    }

    private static Pattern regex(String template) {
        StringBuilder out = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(Pattern.quote(template.substring(last, m.start())));
            out.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).strip()).append(')');
            last = m.end();
        }
        out.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(out.toString());
    }
}
