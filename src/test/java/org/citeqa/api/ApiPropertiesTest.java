package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ServiceLoader;
import org.citeqa.api.fuzz.ApiProperties;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the property-based API tests ({@link ApiProperties}, jqwik) against this test application: jqwik is a
 * JUnit Platform engine of its own and cannot start Quarkus, so this Jupiter test starts it (as every
 * {@code @QuarkusTest} does), hands the properties its address, and launches the jqwik engine on them. A failing
 * property fails this test with jqwik's report, whose "Shrunk Sample" is the smallest input found to fail.
 * <p>
 * {@code -Dciteqa.fuzz.tries=N} sets the tries per property (default 300).
 */
@QuarkusTest
class ApiPropertiesTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void noInputYieldsA5xxAndEveryAnswerQuotesItsDocuments() {
        String tries = System.getProperty("citeqa.fuzz.tries", "300");
        System.setProperty(ApiProperties.BASE_URL, root.toString());
        ApiProperties.TALLY.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(ApiProperties.class))
                .configurationParameter("jqwik.tries.default", tries)
                .configurationParameter("jqwik.database", "target/jqwik-database")
                .configurationParameter("jqwik.reporting.onlyfailures", "true")
                .build();
        Results results = new Results();
        LauncherFactory.create(LauncherConfig.builder()
                        .enableTestEngineAutoRegistration(false)
                        .enableLauncherSessionListenerAutoRegistration(false)
                        .enableLauncherDiscoveryListenerAutoRegistration(false)
                        .enablePostDiscoveryFilterAutoRegistration(false)
                        .enableTestExecutionListenerAutoRegistration(false)
                        .addTestEngines(jqwik())
                        .build())
                .execute(request, results);

        Map<String, Map<Integer, Integer>> tally = new TreeMap<>(ApiProperties.TALLY);
        long fiveHundreds = tally.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.println("Property-based API run: " + results.passed + " properties passed, " + tries
                + " tries each; requests by endpoint and status " + tally + "; 5xx: " + fiveHundreds);
        assertTrue(results.failures.isEmpty(), String.join("\n\n", results.failures));
        assertEquals(11, results.passed, "every property ran");
        assertEquals(0, fiveHundreds);

        // The service still answers correctly afterwards: nothing was corrupted.
        String answer = given().contentType("application/json")
                .body(Map.of("question", "Who led the Kosovo Albanian delegation at Rambouillet?"))
                .post("/api/ask").then().statusCode(200).extract().path("answer");
        assertTrue(answer.contains("Thaci"), answer);
        assertEquals(3, given().get("/api/documents").then().statusCode(200).extract().jsonPath().getList("$").size());
    }

    private static TestEngine jqwik() {
        return ServiceLoader.load(TestEngine.class, ApiPropertiesTest.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).filter(engine -> engine.getId().equals("jqwik")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the jqwik engine is not on the test classpath"));
    }

    /** What the nested jqwik run reports: passed properties, and each failure with jqwik's report and shrunk sample. */
    private static final class Results implements TestExecutionListener {
        final List<String> failures = new ArrayList<>();
        final Map<String, List<String>> reports = new TreeMap<>();
        int passed;

        @Override
        public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            reports.computeIfAbsent(test.getUniqueId(), id -> new ArrayList<>()).add(entry.getKeyValuePairs().toString());
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    failures.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::toString).orElse(""));
                }
                return;
            }
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                passed++;
            } else {
                failures.add("property " + test.getDisplayName() + " failed: "
                        + result.getThrowable().map(Throwable::getMessage).orElse(result.getStatus().toString())
                        + "\n" + String.join("\n", reports.getOrDefault(test.getUniqueId(), List.of())));
            }
        }
    }
}
