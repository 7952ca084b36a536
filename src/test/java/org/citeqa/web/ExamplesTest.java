package org.citeqa.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Landing-page examples come from configuration, else from the documents' sidecars, else there are none. */
@QuarkusTest
class ExamplesTest {

    private static WebConfig config(List<String> questions, List<String> claims) {
        return new WebConfig() {
            public String frameAncestors() {
                return "'self'";
            }

            public Optional<List<String>> corsOrigins() {
                return Optional.empty();
            }

            public Optional<List<String>> examples() {
                return Optional.ofNullable(questions);
            }

            public Optional<List<String>> claimExamples() {
                return Optional.ofNullable(claims);
            }
        };
    }

    @Test
    void sidecarsGiveExamplesInTurnFromEachDocument() throws IOException {
        Path dir = Files.createTempDirectory("corpus");
        Files.writeString(dir.resolve("a.meta.properties"), "title=A\nexample.2=A second?\nexample.1=A first?\n");
        Files.writeString(dir.resolve("b.meta.properties"), "example.1=B first?\nclaim.1=B is true.\n");
        Examples examples = Examples.of(config(null, null), dir, List.of("a", "b", "c"));
        assertEquals(List.of("A first?", "B first?", "A second?"), examples.questions());
        assertEquals(List.of("B is true."), examples.claims());
    }

    @Test
    void configurationWinsOverSidecars() throws IOException {
        Path dir = Files.createTempDirectory("corpus");
        Files.writeString(dir.resolve("a.meta.properties"), "example.1=From the sidecar?\n");
        Examples examples = Examples.of(config(List.of("Configured?"), List.of()), dir, List.of("a"));
        assertEquals(List.of("Configured?"), examples.questions());
        assertEquals(List.of(), examples.claims());
    }

    @Test
    void noneWhenThereAreNone() throws IOException {
        Path dir = Files.createTempDirectory("corpus");
        assertEquals(new Examples(List.of(), List.of()), Examples.of(config(null, null), dir, List.of("a")));
    }

    @Test
    void theDefaultCorpusServesItsSidecarExamples() {
        assertEquals(List.of("According to the OSCE, how many people took part in the 2004 riots?",
                        "Who led the Kosovo Albanian delegation at Rambouillet?",
                        "Which Security Council resolution put Kosovo under UN interim administration?"),
                given().get("/api/examples").then().statusCode(200).extract().jsonPath().getList("questions"));
        assertEquals(List.of("Spain has recognised Kosovo's independence.", "Kosovo declared independence in 2008."),
                given().get("/api/examples").then().statusCode(200).extract().jsonPath().getList("claims"));
    }
}
