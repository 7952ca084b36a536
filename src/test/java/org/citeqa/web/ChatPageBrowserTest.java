package org.citeqa.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page at / in headless Chromium against the running test application. */
@QuarkusTest
class ChatPageBrowserTest extends BrowserTestBase {

    static final String QUESTION = "Who led the Kosovo Albanian delegation at Rambouillet?";
    static final String UNANSWERABLE = "How many medals did Kosovo win at the 2016 Olympics?";
    static final String CLAIM = "Spain has recognised Kosovo's independence.";
    static final String XSS = "<img src=x onerror=alert(1)>";

    @AfterEach
    void noConsoleErrors() {
        if (browser != null) {
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), "the page logged errors (CSP violations or script errors): " + errors);
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
    }

    private void open(String path) {
        browser.driver.get(root.toString() + path);
        waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=question]")));
    }

    private void type(String text) {
        WebElement box = browser.driver.findElement(By.cssSelector("[data-testid=question]"));
        box.click();
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    /** The last answer once it is complete (aria-busy false). */
    private WebElement lastAnswer() {
        return waitUpTo(90).until(d -> {
            List<WebElement> answers = d.findElements(By.cssSelector("[data-testid=answer]"));
            if (answers.isEmpty()) {
                return null;
            }
            WebElement last = answers.get(answers.size() - 1);
            return "false".equals(last.getAttribute("aria-busy")) ? last : null;
        });
    }

    private String textContent(WebElement element) {
        return (String) browser.js("return arguments[0].textContent", element);
    }

    @Test
    void asksAndOpensTheCitedPassageHighlighted() {
        open("");
        browser.screenshot("01-empty");
        type(QUESTION);
        WebElement answer = lastAnswer();
        assertTrue(answer.getText().contains("Thaci"), "answer should name Thaci: " + answer.getText());
        WebElement marker = answer.findElement(By.cssSelector("[data-cite]"));
        assertEquals("1", marker.getAttribute("data-cite"));
        browser.screenshot("02-answer");

        String quote = given().contentType(ContentType.JSON).body(Map.of("question", QUESTION))
                .when().post("/api/ask")
                .then().statusCode(200)
                .extract().path("citations.find { it.n == 1 }.quote");
        assertNotNull(quote);

        marker.click();
        WebElement panel = browser.driver.findElement(By.cssSelector("[data-testid=source-panel]"));
        WebElement mark = waitUpTo(30).until(d -> {
            List<WebElement> marks = panel.findElements(By.tagName("mark"));
            return panel.isDisplayed() && !marks.isEmpty() ? marks.get(0) : null;
        });
        assertEquals(quote, textContent(mark), "exactly the cited characters are highlighted");
        assertEquals(1, panel.findElements(By.tagName("mark")).size());
        waitUpTo(5).until(d -> (Boolean) browser.js(
                "const r = arguments[0].getBoundingClientRect(), p = arguments[1].getBoundingClientRect();"
                        + "return r.top >= p.top && r.top < p.bottom;", mark, panel));
        browser.screenshot("03-source-panel");

        // The source card opens the same passage; Escape closes the panel and gives focus back.
        browser.driver.findElement(By.cssSelector("body")).sendKeys(Keys.ESCAPE);
        waitUpTo(5).until(ExpectedConditions.invisibilityOf(panel));
        answer.findElement(By.cssSelector("button.card[data-card='1']")).click();
        waitUpTo(30).until(d -> !panel.findElements(By.tagName("mark")).isEmpty() && panel.isDisplayed());
        assertEquals(quote, textContent(panel.findElement(By.tagName("mark"))));
    }

    @Test
    void followUpSendsHistoryAndNewConversationClears() {
        open("?q=" + java.net.URLEncoder.encode(QUESTION, java.nio.charset.StandardCharsets.UTF_8));
        WebElement answer = lastAnswer();
        assertTrue(answer.getText().contains("Thaci"), "?q= asks on load: " + answer.getText());
        type("Which Security Council resolution put Kosovo under UN interim administration?");
        waitUpTo(90).until(d -> d.findElements(By.cssSelector("[data-testid=answer]")).size() == 2);
        assertTrue(lastAnswer().getText().contains("1244"));
        browser.driver.findElement(By.id("new-chat")).click();
        assertTrue(browser.driver.findElements(By.cssSelector("[data-testid=answer]")).isEmpty());
        assertTrue(browser.driver.findElement(By.id("intro")).isDisplayed());
    }

    /**
     * POST /api/ask/stream is being built elsewhere: a stand-in fetch serves its contract (passages, deltas split
     * across chunk boundaries, then the answer) so the page's SSE handling and the history of follow-ups are checked.
     */
    @Test
    void streamsDeltasThenTheFinalAnswerAndSendsHistory() {
        open("");
        browser.js("""
                window.__bodies = [];
                const realFetch = window.fetch;
                window.fetch = (url, options) => {
                  if (String(url) !== '/api/ask/stream') return realFetch(url, options);
                  const body = JSON.parse(options.body);
                  window.__bodies.push(body);
                  const answer = {question: body.question, answered: true, answer: 'Streamed <b>sentence</b>. [1]',
                    mode: 'generative', standaloneQuestion: 'Who led the Albanian delegation at Rambouillet?',
                    citations: [{n: 1, documentId: 'kosovo-serbia-status-negotiations', title: 'Negotiations',
                      chunkId: 'c', text: 't', quote: 'q', start: 0, end: 1}], related: []};
                  const parts = ['event: passages\\ndata: [{"documentId":"kosovo-serbia-status-negotiations"}]\\n\\n',
                    ': keep-alive\\n\\n', 'event: delta\\ndata: {"text":"Streamed <b>"}\\n\\n',
                    'event: delta\\r\\ndata: {"text":"sentence</b>."}\\r\\n\\r\\n',
                    'event: answer\\ndata: ' + JSON.stringify(answer) + '\\n\\n'];
                  const bytes = new TextEncoder().encode(parts.join(''));
                  const answerAt = new TextEncoder().encode(parts.slice(0, 4).join('')).length;
                  let sent = 0;
                  const stream = new ReadableStream({
                    async pull(controller) {
                      if (sent >= bytes.length) { controller.close(); return; }
                      await new Promise(r => setTimeout(r, sent === answerAt ? 1500 : 20));
                      const size = sent < answerAt ? Math.min(7, answerAt - sent) : bytes.length - sent;
                      controller.enqueue(bytes.slice(sent, sent + size));
                      sent += size;
                    }
                  });
                  return Promise.resolve(new Response(stream, {headers: {'Content-Type': 'text/event-stream'}}));
                };""");
        type(QUESTION);
        WebElement streaming = waitUpTo(30).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=answer] .answer-text.streaming"));
            return found.isEmpty() ? null : found.get(0);
        });
        waitUpTo(10).until(d -> "Streamed <b>sentence</b>.".equals(textContent(streaming)));
        WebElement answer = lastAnswer();
        assertEquals("Streamed <b>sentence</b>.1", textContent(answer.findElement(By.cssSelector(".answer-text"))));
        assertEquals(1, answer.findElements(By.cssSelector("[data-cite='1']")).size());
        assertTrue(answer.getText().contains("Searched for"), "the standalone question is shown");
        assertEquals(0L, browser.js("return document.querySelectorAll('b').length"));

        type("And who led the Serbian one?");
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("[data-testid=answer][aria-busy=false]")).size() == 2);
        List<?> bodies = (List<?>) browser.js("return window.__bodies");
        assertEquals(2, bodies.size());
        assertEquals(null, ((Map<?, ?>) bodies.get(0)).get("history"));
        List<?> history = (List<?>) ((Map<?, ?>) bodies.get(1)).get("history");
        assertEquals(2, history.size(), "the follow-up carries the first question and answer: " + history);
        assertEquals(Map.of("role", "user", "content", QUESTION), history.get(0));
        assertEquals("assistant", ((Map<?, ?>) history.get(1)).get("role"));
        browser.screenshot("13-streamed-follow-up");
    }

    @Test
    void unanswerableQuestionShowsAbstention() {
        open("");
        type(UNANSWERABLE);
        WebElement answer = lastAnswer();
        WebElement abstained = answer.findElement(By.cssSelector("[data-testid=abstained]"));
        assertTrue(abstained.getText().contains("do not answer"), abstained.getText());
        assertTrue(answer.findElements(By.cssSelector("[data-cite]")).isEmpty(), "no citation markers");
        browser.screenshot("04-abstained");
    }

    @Test
    void claimShowsVerdictBadge() {
        open("");
        browser.driver.findElement(By.id("mode-verify")).click();
        type(CLAIM);
        WebElement result = waitUpTo(90).until(d -> {
            List<WebElement> done = d.findElements(By.cssSelector("[data-testid=verify-result][aria-busy=false]"));
            return done.isEmpty() ? null : done.get(0);
        });
        List<WebElement> badges = result.findElements(By.cssSelector("[data-testid=verdict]"));
        if (badges.isEmpty()) {
            fail("no verdict badge; POST /api/verify is needed (contract: {claim} -> {verdict, confidence, "
                    + "evidence, explanation}). The page shows: " + result.getText());
        }
        String verdict = badges.get(0).getAttribute("data-verdict");
        assertTrue(List.of("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO").contains(verdict), verdict);
        assertFalse(badges.get(0).getText().isBlank());
        browser.screenshot("05-verdict");
        List<WebElement> evidence = result.findElements(By.cssSelector("button.card"));
        if (!evidence.isEmpty()) {
            evidence.get(0).click();
            WebElement panel = browser.driver.findElement(By.cssSelector("[data-testid=source-panel]"));
            waitUpTo(30).until(d -> !panel.findElements(By.tagName("mark")).isEmpty());
            browser.screenshot("06-evidence-panel");
        }
    }

    /** The verdict rendering against a stand-in /api/verify (the real one is covered by claimShowsVerdictBadge). */
    @Test
    void verdictEvidenceOpensHighlightedInDarkMode() {
        String text = given().when().get("/api/documents/kosovo-foreign-relations")
                .then().statusCode(200).extract().path("text");
        String quote = "Kosovo has been recognized by a total of 24 out of 28 (86%) NATO member states, except for"
                + " Greece, Romania, Slovakia, and Spain, and a total of 22 out of 27 (81%) European Union (EU) member"
                + " states, except for the four NATO members, and Cyprus.";
        int start = text.indexOf(quote);
        assertTrue(start >= 0, "the fixture sentence is in the corpus");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            open("?mode=verify");
            browser.js("""
                    const realFetch = window.fetch;
                    window.fetch = (url, options) => {
                      if (String(url) !== '/api/verify') return realFetch(url, options);
                      const claim = JSON.parse(options.body).claim;
                      return Promise.resolve(new Response(JSON.stringify({claim, verdict: 'REFUTED', confidence: 0.86,
                        explanation: 'The document lists Spain among the NATO members that have not recognised Kosovo.',
                        evidence: [{n: 1, documentId: 'kosovo-foreign-relations', title: 'Kosovo foreign relations',
                          chunkId: 'c', text: arguments[0], quote: arguments[0], start: arguments[1], end: arguments[2]}]}),
                        {headers: {'Content-Type': 'application/json'}}));
                    };""", quote, start, start + quote.length());
            type(CLAIM);
            WebElement badge = waitUpTo(30).until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("[data-testid=verdict]"));
                return found.isEmpty() ? null : found.get(0);
            });
            assertEquals("REFUTED", badge.getAttribute("data-verdict"));
            assertEquals("Refuted", badge.getText());
            browser.screenshot("14-verdict-dark");
            browser.driver.findElement(By.cssSelector("[data-testid=verify-result] button.card")).click();
            WebElement panel = browser.driver.findElement(By.cssSelector("[data-testid=source-panel]"));
            WebElement mark = waitUpTo(30).until(d -> {
                List<WebElement> marks = panel.findElements(By.tagName("mark"));
                return marks.isEmpty() ? null : marks.get(0);
            });
            assertEquals(quote, textContent(mark));
            browser.screenshot("15-evidence-dark");
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void unreachableServiceShowsErrorStateAndRetries() {
        open("");
        browser.js("""
                window.__realFetch = window.fetch;
                window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));""");
        type(QUESTION);
        WebElement error = waitUpTo(30).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=answer] [data-testid=error]"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertEquals("alert", error.getAttribute("role"));
        assertTrue(error.getText().contains("reach CiteQA"), error.getText());
        browser.screenshot("16-unreachable");
        browser.js("window.fetch = window.__realFetch;");
        error.findElement(By.tagName("button")).click();
        WebElement answer = lastAnswer();
        waitUpTo(60).until(d -> answer.getText().contains("Thaci"));
    }

    @Test
    void markupInAQuestionIsShownAsText() {
        open("");
        type(XSS);
        lastAnswer();
        WebElement bubble = browser.driver.findElement(By.cssSelector(".turn.user .bubble-text"));
        assertEquals(XSS, bubble.getText());
        assertEquals(0L, browser.js("return document.querySelectorAll('img').length"), "no img element was created");
        browser.assertNoAlert();
        browser.screenshot("07-markup-as-text");
    }

    @Test
    void phoneWidthHasNoHorizontalScroll() {
        browser.phone(360);
        try {
            open("");
            assertNoHorizontalScroll("empty page");
            browser.screenshot("08-phone-empty");
            type(QUESTION);
            WebElement answer = lastAnswer();
            assertNoHorizontalScroll("answer");
            browser.screenshot("09-phone-answer");
            answer.findElement(By.cssSelector("[data-cite]")).click();
            WebElement panel = browser.driver.findElement(By.cssSelector("[data-testid=source-panel]"));
            waitUpTo(30).until(d -> !panel.findElements(By.tagName("mark")).isEmpty());
            assertEquals(360L, ((Number) browser.js("return Math.round(arguments[0].getBoundingClientRect().width)",
                    panel)).longValue(), "the source panel is a full-screen sheet on phones");
            assertNoHorizontalScroll("source sheet");
            browser.screenshot("10-phone-source");
        } finally {
            browser.phone(0);
        }
    }

    private void assertNoHorizontalScroll(String state) {
        Map<?, ?> size = (Map<?, ?>) browser.js("const e = document.documentElement;"
                + "return {scroll: e.scrollWidth, client: e.clientWidth};");
        long scroll = ((Number) size.get("scroll")).longValue();
        long client = ((Number) size.get("client")).longValue();
        assertTrue(scroll <= client, state + ": scrollWidth " + scroll + " > clientWidth " + client);
    }

    @Test
    void pageWeightIsSmall() throws Exception {
        // a first visit: no HTTP cache, no service worker
        browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.driver.executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", root.toString().replaceAll("/$", ""), "storageTypes", "all"));
        open("");
        waitUpTo(10).until(d -> "complete".equals(browser.js("return document.readyState")));
        Map<?, ?> weight = (Map<?, ?>) browser.js("""
                const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                return {
                  transfer: entries.reduce((s, e) => s + (e.transferSize || 0), 0),
                  body: entries.reduce((s, e) => s + (e.decodedBodySize || 0), 0),
                  files: entries.map(e => new URL(e.name).pathname + ' ' + e.decodedBodySize).join(', ')
                };""");
        String report = "page weight: " + weight.get("transfer") + " bytes transferred, " + weight.get("body")
                + " bytes of content (" + weight.get("files") + ")";
        System.out.println(report);
        Files.writeString(Browser.SCREENSHOTS.resolve("page-weight.txt"), report + System.lineSeparator());
        assertTrue(((Number) weight.get("body")).longValue() < 100_000, report);
    }

    @Test
    void examplesComeFromTheServiceAndNoneAreShownWithoutThem() {
        List<String> served = given().get("/api/examples").then().statusCode(200).extract().jsonPath().getList("questions");
        assertFalse(served.isEmpty(), "the default corpus's sidecars give examples");
        open("");
        waitUpTo(10).until(d -> d.findElements(By.cssSelector("#examples button.example")).size() == served.size());
        assertEquals(served, browser.driver.findElements(By.cssSelector("#examples button.example")).stream()
                .map(WebElement::getText).toList());
        browser.driver.findElement(By.id("mode-verify")).click();
        List<String> claims = given().get("/api/examples").then().extract().jsonPath().getList("claims");
        assertEquals(claims, browser.driver.findElements(By.cssSelector("#examples button.example")).stream()
                .map(WebElement::getText).toList());

        // A corpus without examples: the service answers empty lists, and the page shows no examples at all.
        Map<?, ?> added = browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const realFetch = window.fetch;
                window.fetch = (url, options) => String(url) === '/api/examples'
                  ? Promise.resolve(new Response('{"questions":[],"claims":[]}',
                      {headers: {'Content-Type': 'application/json'}}))
                  : realFetch(url, options);"""));
        try {
            open("");
            waitUpTo(10).until(d -> "complete".equals(browser.js("return document.readyState")));
            waitUpTo(10).until(d -> !d.findElement(By.id("examples")).isDisplayed());
            assertTrue(browser.driver.findElements(By.cssSelector("#examples button.example")).isEmpty());
        } finally {
            browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    /**
     * The evidence for a claim about where the Rambouillet conference was held is a 500-character sentence whose
     * deciding words ("Rambouillet, France") come after its third line: the card shows the stretch around them, marked.
     * The link has no mode=verify: a claim in the link is checked all the same.
     */
    @Test
    void aLongQuoteShowsThePartAroundTheDecidingWordsMarked() {
        browser.driver.get(root + "?claim=" + java.net.URLEncoder.encode("The Rambouillet conference was held in Austria.",
                java.nio.charset.StandardCharsets.UTF_8));
        WebElement result = waitUpTo(90).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=verify-result]"));
            return !found.isEmpty() && "false".equals(found.get(0).getAttribute("aria-busy")) ? found.get(0) : null;
        });
        assertEquals("true", browser.driver.findElement(By.id("mode-verify")).getAttribute("aria-pressed"));
        assertEquals("REFUTED", result.findElement(By.cssSelector("[data-testid=verdict]")).getAttribute("data-verdict"));
        WebElement quote = result.findElement(By.cssSelector(".card-quote"));
        String shown = textContent(quote);
        assertTrue(shown.startsWith("\u2026") && shown.contains("Rambouillet, France"), shown);
        List<String> marked = quote.findElements(By.cssSelector("mark.cue")).stream().map(this::textContent).toList();
        assertTrue(marked.stream().anyMatch(m -> m.contains("France")) && marked.stream().anyMatch(m -> m.contains("Rambouillet")),
                marked.toString());
        WebElement france = quote.findElements(By.cssSelector("mark.cue")).stream()
                .filter(m -> textContent(m).contains("France")).findFirst().orElseThrow();
        assertTrue((Boolean) browser.js("const m = arguments[0].getBoundingClientRect(), q = arguments[1].getBoundingClientRect();"
                + "return m.height > 0 && m.top >= q.top && m.bottom <= q.bottom + 1;", france, quote),
                "the deciding word is within the visible lines of the card");
        browser.screenshot("05-evidence-excerpt");
    }
}
