package org.citeqa.web;

import static io.restassured.RestAssured.given;
import static org.citeqa.web.ScriptedJudge.NOT_ENOUGH_INFO;
import static org.citeqa.web.ScriptedJudge.PARAGRAPH;
import static org.citeqa.web.ScriptedJudge.REFUTED;
import static org.citeqa.web.ScriptedJudge.SLOW_1;
import static org.citeqa.web.ScriptedJudge.SLOW_2;
import static org.citeqa.web.ScriptedJudge.SLOW_3;
import static org.citeqa.web.ScriptedJudge.SLOW_PARAGRAPH;
import static org.citeqa.web.ScriptedJudge.SUPPORTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The paragraph check in the chat page and the embed card, in headless Chromium. The sentences of
 * {@link ScriptedJudge} get fixed verdicts (real retrieval, real quotes and offsets, real deciding words), so these
 * tests hold whatever the real checker decides; other sentences go to the real checker.
 */
@QuarkusTest
@TestProfile(ParagraphProfile.class)
class ParagraphCheckBrowserTest extends BrowserTestBase {

    static final String TALLY = "1 supported \u00B7 1 refuted \u00B7 1 not in the documents";

    @AfterEach
    void noConsoleErrors() {
        if (browser != null) {
            browser.driver.switchTo().defaultContent();
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), "the page logged errors (CSP violations or script errors): " + errors);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void open(String path) {
        browser.driver.get(root.toString() + path);
        browser.waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=question]")));
    }

    private void checkInThePage(String text) {
        browser.driver.findElement(By.id("mode-verify")).click();
        WebElement box = browser.driver.findElement(By.cssSelector("[data-testid=question]"));
        box.click();
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    /** The last paragraph check once it is complete (aria-busy false). */
    private WebElement finished() {
        return browser.waitUpTo(60).until(d -> {
            List<WebElement> done = d.findElements(By.cssSelector("[data-testid=paragraph-result][aria-busy=false]"));
            return done.isEmpty() ? null : done.get(done.size() - 1);
        });
    }

    private static List<WebElement> sentences(WebElement result) {
        return result.findElements(By.cssSelector("[data-testid=checked-sentence]"));
    }

    private static List<String> verdicts(WebElement result) {
        return sentences(result).stream().map(s -> s.getAttribute("data-verdict")).toList();
    }

    /** The sentence as written, without the verdict label that follows it. */
    private String sentenceText(WebElement sentence) {
        return (String) browser.js("return arguments[0].firstChild.textContent", sentence);
    }

    private WebElement detail(WebElement result) {
        WebElement detail = result.findElement(By.cssSelector("[data-testid=sentence-detail]"));
        browser.waitUpTo(5).until(d -> detail.isDisplayed());
        return detail;
    }

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    private String evidenceQuote(String claim) {
        return given().contentType(ContentType.JSON).body(Map.of("claim", claim)).post("/api/verify")
                .then().statusCode(200).extract().path("evidence[0].quote");
    }

    private void assertNoHorizontalScroll(String state) {
        Map<?, ?> size = (Map<?, ?>) browser.js("const e = document.documentElement;"
                + "return {scroll: e.scrollWidth, client: e.clientWidth};");
        long scroll = ((Number) size.get("scroll")).longValue();
        long client = ((Number) size.get("client")).longValue();
        assertTrue(scroll <= client, state + ": scrollWidth " + scroll + " > clientWidth " + client);
    }

    @Test
    void marksEachSentenceWithItsVerdictUnderATallyAndShowsTheChosenOnesEvidence() {
        open("");
        checkInThePage(PARAGRAPH);
        WebElement result = finished();
        List<WebElement> sentences = sentences(result);
        assertEquals(List.of("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"), verdicts(result));
        assertEquals(List.of(SUPPORTED, REFUTED, NOT_ENOUGH_INFO), sentences.stream().map(this::sentenceText).toList(),
                "the paragraph itself, sentence by sentence");
        WebElement tally = result.findElement(By.cssSelector("[data-testid=verdict-tally]"));
        assertEquals(TALLY, browser.textContent(tally));
        assertTrue(tally.getLocation().getY() < sentences.get(0).getLocation().getY(), "the tally is above the text");
        browser.screenshot("20-paragraph-desktop");

        // Each sentence, chosen, shows its verdict, explanation and evidence with the deciding words marked.
        sentences.get(0).click();
        WebElement detail = detail(result);
        assertEquals("true", sentences.get(0).getAttribute("aria-expanded"));
        assertEquals("SUPPORTED", detail.findElement(By.cssSelector("[data-testid=sentence-verdict]")).getAttribute("data-verdict"));
        assertTrue(detail.getText().contains("states Egypt, 100th, country"), detail.getText());
        WebElement card = detail.findElement(By.cssSelector("button.card"));
        assertTrue(card.getText().contains("100th country"), card.getText());
        List<String> marked = card.findElements(By.cssSelector("mark.decisive")).stream().map(browser::textContent).toList();
        assertTrue(marked.stream().anyMatch(m -> m.contains("Egypt")), "the claim's words are marked: " + marked);

        sentences.get(1).click();
        assertEquals("false", sentences.get(0).getAttribute("aria-expanded"));
        assertEquals("REFUTED", detail.findElement(By.cssSelector("[data-testid=sentence-verdict]")).getAttribute("data-verdict"));
        assertTrue(detail.getText().contains("France, not Austria"), detail.getText());
        card = detail.findElement(By.cssSelector("button.card"));
        marked = card.findElements(By.cssSelector("mark.decisive")).stream().map(browser::textContent).toList();
        assertTrue(marked.stream().anyMatch(m -> m.contains("Rambouillet")), "the claim's words are marked: " + marked);
        browser.screenshot("21-paragraph-refuted-evidence");

        sentences.get(2).click();
        assertEquals("NOT_ENOUGH_INFO", detail.findElement(By.cssSelector("[data-testid=sentence-verdict]")).getAttribute("data-verdict"));
        assertEquals("Not in the documents", detail.findElement(By.cssSelector("[data-testid=sentence-verdict]")).getText());
        assertTrue(detail.findElements(By.cssSelector(".card")).isEmpty(), "no evidence to show");
        sentences.get(2).click();
        assertFalse(detail.isDisplayed(), "choosing the sentence again hides its details");

        // The evidence opens in the document panel at the quote, exactly as citations do.
        sentences.get(1).click();
        detail(result).findElement(By.cssSelector("button.card")).click();
        WebElement panel = browser.driver.findElement(By.cssSelector("[data-testid=source-panel]"));
        WebElement mark = browser.waitUpTo(30).until(d -> {
            List<WebElement> marks = panel.findElements(By.cssSelector("mark#cited"));
            return panel.isDisplayed() && !marks.isEmpty() ? marks.get(0) : null;
        });
        assertEquals(evidenceQuote(REFUTED), browser.textContent(mark));
        browser.waitUpTo(5).until(d -> (Boolean) browser.js(
                "const r = arguments[0].getBoundingClientRect(), p = arguments[1].getBoundingClientRect();"
                        + "return r.top >= p.top && r.top < p.bottom;", mark, panel));
        browser.screenshot("22-paragraph-evidence-panel");
    }

    @Test
    void theClaimLinkChecksAParagraphAndItWorksByKeyboardAlone() {
        open("?mode=verify&claim=" + encode(PARAGRAPH));
        WebElement result = finished();
        List<WebElement> sentences = sentences(result);
        assertEquals(3, sentences.size(), "the link checks the paragraph as a paragraph");
        browser.waitUpTo(5).until(d -> browser.textContent(d.findElement(By.id("status")))
                .equals("Checked 3 sentences: 1 supported, 1 refuted, 1 not in the documents."));
        assertEquals("polite", result.findElement(By.cssSelector("[data-testid=sentence-detail]")).getAttribute("aria-live"));

        // From the top of the page, Tab reaches the sentences in reading order.
        browser.js("document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 30 && !"checked-sentence".equals(active().getAttribute("data-testid")); i++) {
            press(Keys.TAB);
        }
        assertEquals(sentences.get(0), active(), "Tab reaches the first sentence");
        assertEquals("button", active().getAttribute("role"));
        press(Keys.TAB);
        assertEquals(sentences.get(1), active());
        press(Keys.TAB);
        assertEquals(sentences.get(2), active());
        press(Keys.ARROW_LEFT);
        assertEquals(sentences.get(1), active(), "arrow keys move between sentences");
        press(Keys.HOME);
        assertEquals(sentences.get(0), active());
        press(Keys.END);
        assertEquals(sentences.get(2), active());

        press(Keys.HOME);
        press(Keys.ENTER);
        WebElement detail = detail(result);
        assertEquals("SUPPORTED", detail.findElement(By.cssSelector("[data-testid=sentence-verdict]")).getAttribute("data-verdict"));
        press(Keys.ARROW_RIGHT);
        press(Keys.SPACE);
        assertEquals("REFUTED", detail.findElement(By.cssSelector("[data-testid=sentence-verdict]")).getAttribute("data-verdict"));
        assertEquals(sentences.get(1), active(), "choosing keeps the focus on the sentence");

        // Past the sentences, the chosen one's evidence; Enter opens it, Escape comes back to it.
        press(Keys.TAB);
        press(Keys.TAB);
        WebElement card = active();
        assertEquals("card", card.getAttribute("class"));
        assertTrue(card.getAttribute("aria-label").startsWith("Open evidence 1"), card.getAttribute("aria-label"));
        press(Keys.ENTER);
        WebElement panel = browser.driver.findElement(By.cssSelector("[data-testid=source-panel]"));
        browser.waitUpTo(30).until(d -> panel.isDisplayed() && !panel.findElements(By.cssSelector("mark#cited")).isEmpty());
        press(Keys.ESCAPE);
        browser.waitUpTo(5).until(ExpectedConditions.invisibilityOf(panel));
        assertEquals(card, active(), "focus returns to the evidence card");
        browser.screenshot("23-paragraph-keyboard");
    }

    @Test
    void theTimeBudgetsMessageComesWithTheSentencesAlreadyChecked() {
        open("");
        checkInThePage(SLOW_PARAGRAPH);
        // Progress while it runs: the sentences are checked in order and counted.
        WebElement progress = browser.waitUpTo(30).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=paragraph-result] .check-progress"));
            return !found.isEmpty() && found.get(0).getText().contains("Checked 1 of 3 sentences") ? found.get(0) : null;
        });
        assertEquals("1", progress.findElement(By.tagName("progress")).getAttribute("value"));
        assertEquals("3", progress.findElement(By.tagName("progress")).getAttribute("max"));
        assertEquals("1 supported \u00B7 0 refuted \u00B7 0 not in the documents",
                browser.textContent(browser.driver.findElement(By.cssSelector("[data-testid=verdict-tally]"))));
        browser.screenshot("24-paragraph-progress");

        WebElement result = finished();
        assertEquals(List.of(SLOW_1, SLOW_2), sentences(result).stream().map(this::sentenceText).toList());
        List<WebElement> unchecked = result.findElements(By.cssSelector("[data-testid=unchecked-sentence]"));
        assertEquals(1, unchecked.size());
        assertTrue(browser.textContent(unchecked.get(0)).startsWith(SLOW_3), browser.textContent(unchecked.get(0)));
        WebElement notice = result.findElement(By.cssSelector("[data-testid=check-notice]"));
        assertEquals("alert", notice.getAttribute("role"));
        assertTrue(notice.getText().contains("2 of 3 sentences checked"), notice.getText());
        assertTrue(notice.getText().contains("time budget"), notice.getText());
        assertFalse(notice.getText().contains("Exception"), notice.getText());
        assertEquals("2 supported \u00B7 0 refuted \u00B7 0 not in the documents",
                browser.textContent(result.findElement(By.cssSelector("[data-testid=verdict-tally]"))));
        assertFalse(result.findElements(By.xpath(".//button[text()='Copy result']")).isEmpty(), "the work done can be copied");
        browser.screenshot("25-paragraph-budget");
    }

    @Test
    void withoutStreamingABoundedSpinnerRunsAndTheBudgetMessageStillShowsTheSentencesDone() {
        open("");
        browser.js("""
                const realFetch = window.fetch;
                window.fetch = (url, options) => String(url) === '/api/verify/text/stream'
                  ? Promise.resolve(new Response('', {status: 404})) : realFetch(url, options);""");
        checkInThePage(SLOW_PARAGRAPH);
        WebElement progress = browser.waitUpTo(10).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=paragraph-result] .check-progress"));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
        assertTrue(progress.getText().contains("Checking the paragraph"), progress.getText());
        WebElement result = finished();
        assertEquals(List.of("SUPPORTED", "SUPPORTED"), verdicts(result));
        assertEquals(1, result.findElements(By.cssSelector("[data-testid=unchecked-sentence]")).size());
        assertTrue(result.findElement(By.cssSelector("[data-testid=check-notice]")).getText()
                .contains("2 of 3 sentences checked"));
    }

    @Test
    void markupAndScriptInAParagraphAreShownAsText() {
        String text = "The <b>Rambouillet</b> conference was held in Austria. <script>alert(1)</script>Kosovo uses the euro."
                + " Egypt was the 100th country to recognise Kosovo <img src=x onerror=alert(2)>.";
        open("");
        checkInThePage(text);
        WebElement result = finished();
        assertEquals(2, sentences(result).size(), "checked by the real checker, sentence by sentence");
        String shown = sentences(result).stream().map(this::sentenceText).reduce("", (a, b) -> a + " " + b).strip();
        assertEquals(text, shown);
        assertEquals(0L, browser.js("return document.querySelectorAll('#thread img, #thread script, #thread b').length"),
                "no element was made from the text");
        sentences(result).get(1).click();
        assertTrue(detail(result).getText().contains("<img src=x onerror=alert(2)>"));
        browser.assertNoAlert();
        browser.screenshot("26-paragraph-markup-as-text");
    }

    @Test
    void theRealCheckerMarksEverySentenceWithOneOfTheThreeVerdicts() {
        String text = "Serbia has recognised Kosovo's independence. Kosovo declared independence on 17 February 2008."
                + " The Security Council adopted Resolution 1244 in 1999.";
        open("");
        checkInThePage(text);
        WebElement result = finished();
        List<String> verdicts = verdicts(result);
        assertEquals(3, verdicts.size());
        assertTrue(Set.of("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO").containsAll(verdicts), verdicts.toString());
        String tally = browser.textContent(result.findElement(By.cssSelector("[data-testid=verdict-tally]")));
        assertEquals(verdicts.stream().filter("SUPPORTED"::equals).count() + " supported \u00B7 "
                + verdicts.stream().filter("REFUTED"::equals).count() + " refuted \u00B7 "
                + verdicts.stream().filter("NOT_ENOUGH_INFO"::equals).count() + " not in the documents", tally);
        for (WebElement sentence : sentences(result)) {
            sentence.click();
            WebElement detail = detail(result);
            assertEquals(sentence.getAttribute("data-verdict"),
                    detail.findElement(By.cssSelector("[data-testid=sentence-verdict]")).getAttribute("data-verdict"));
            assertFalse(detail.findElement(By.cssSelector(".explanation")).getText().isBlank());
        }
    }

    @Test
    void copiesTheResultAsPlainTextAndLinksToIt() {
        open("");
        checkInThePage(PARAGRAPH);
        WebElement result = finished();
        browser.js("window.__copied = null;"
                + "navigator.clipboard.writeText = (text) => { window.__copied = text; return Promise.resolve(); };");
        result.findElement(By.xpath(".//button[text()='Copy result']")).click();
        String copied = browser.waitUpTo(5).until(d -> (String) browser.js("return window.__copied"));
        String supportingQuote = evidenceQuote(SUPPORTED);
        assertTrue(copied.startsWith("Checked against the documents: " + TALLY + "\n"), copied);
        assertTrue(copied.contains("\n1. " + SUPPORTED + "\n   Supported (90% confidence): Evidence [1] states Egypt"), copied);
        assertTrue(copied.contains("\n   [1] Kosovo - Foreign Relations: \"" + supportingQuote + "\""), copied);
        assertTrue(copied.contains("\n2. " + REFUTED + "\n   Refuted (90% confidence): The documents place"), copied);
        assertTrue(copied.contains("\n3. " + NOT_ENOUGH_INFO + "\n   Not in the documents (90% confidence)"), copied);

        String link = result.findElement(By.xpath(".//a[text()='Link']")).getAttribute("href");
        assertTrue(copied.endsWith("\n\n" + link), copied);
        assertEquals(PARAGRAPH, browser.js("return new URL(arguments[0]).searchParams.get('claim')", link));
        browser.driver.get(link);
        assertEquals(List.of("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"), verdicts(finished()), "the link reproduces it");
    }

    @Test
    void aLongParagraphsLinkKeepsItsTextAfterTheHashWhichThePageReadsToo() {
        open("");
        String longLink = (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/paragraph.js').then((m) => done(m.paragraphLink('Kosovo declared independence. '.repeat(300))));""");
        assertTrue(longLink.startsWith(root + "#mode=verify&claim=Kosovo"), "the server's request line stays short: "
                + longLink.substring(0, 80));
        browser.driver.get(root + "#mode=verify&claim=" + encode(PARAGRAPH));
        assertEquals(List.of("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"), verdicts(finished()));
    }

    @Test
    void aLongParagraphGetsALiveCharacterCountUpToTheApisLimit() {
        open("");
        WebElement count = browser.driver.findElement(By.cssSelector("[data-testid=char-count]"));
        assertFalse(count.isDisplayed(), "questions have no count");
        browser.driver.findElement(By.id("mode-verify")).click();
        WebElement box = browser.driver.findElement(By.cssSelector("[data-testid=question]"));
        box.sendKeys("Kosovo");
        assertEquals("6 / 20,000 characters", count.getText());
        assertEquals("20000", box.getAttribute("maxlength"));
        box.sendKeys(Keys.ENTER);
        assertEquals("0 / 20,000 characters", count.getText(), "sending empties the box and the count");
        browser.js("arguments[0].value = 'a'.repeat(20000); arguments[0].dispatchEvent(new Event('input'));", box);
        assertEquals("20,000 / 20,000 characters", count.getText());
        assertTrue(count.getAttribute("class").contains("near"));
        browser.driver.findElement(By.id("mode-ask")).click();
        assertFalse(count.isDisplayed());
        assertEquals("2000", box.getAttribute("maxlength"));
    }

    @Test
    void readableAt360PixelsInLightAndDarkAndNeverByColourAlone() {
        browser.phone(360);
        try {
            open("?mode=verify&claim=" + encode(PARAGRAPH));
            WebElement result = finished();
            assertNoHorizontalScroll("marked paragraph");
            List<String> styles = sentences(result).stream().map(s -> (String) browser.js(
                    "return getComputedStyle(arguments[0]).textDecorationStyle", s)).toList();
            assertEquals(List.of("solid", "wavy", "dashed"), styles, "each verdict has its own underline");
            for (WebElement sentence : sentences(result)) {
                assertNotNull(sentence.findElement(By.cssSelector("svg.verdict-icon")), "and its own icon");
            }
            assertEquals(List.of("Supported", "Refuted", "Not in the documents"), sentences(result).stream()
                    .map(s -> browser.textContent(s.findElement(By.cssSelector(".verdict-word")))).toList(),
                    "and its word, read out");
            browser.screenshot("27-paragraph-phone-light");
            sentences(result).get(1).click();
            detail(result);
            assertNoHorizontalScroll("chosen sentence");
            browser.js("arguments[0].scrollIntoView({block: 'start'})", result);
            browser.screenshot("28-paragraph-phone-detail-light");
            browser.dark(true);
            browser.screenshot("29-paragraph-phone-detail-dark");
            browser.js("arguments[0].scrollIntoView({block: 'start'})", result);
            browser.screenshot("30-paragraph-phone-dark");
        } finally {
            browser.dark(false);
            browser.phone(0);
        }
        browser.dark(true);
        try {
            open("?mode=verify&claim=" + encode(PARAGRAPH));
            WebElement result = finished();
            sentences(result).get(1).click();
            detail(result);
            browser.screenshot("31-paragraph-desktop-dark");
        } finally {
            browser.dark(false);
        }
    }

    @Test
    void theEmbedCardMarksTheParagraph() {
        browser.driver.get(root + "embed?mode=verify-text&text=" + encode(PARAGRAPH));
        WebElement result = browser.waitUpTo(60).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(
                    "[data-testid=embed-card] [data-testid=paragraph-result][aria-busy=false]"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertEquals(List.of("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"), verdicts(result));
        assertEquals(TALLY, browser.textContent(result.findElement(By.cssSelector("[data-testid=verdict-tally]"))));
        sentences(result).get(1).click();
        WebElement card = detail(result).findElement(By.cssSelector(".card"));
        assertFalse(card.findElements(By.cssSelector("mark.decisive")).isEmpty(), "deciding words marked");
        String open = browser.driver.findElement(By.cssSelector("a.embed-open")).getAttribute("href");
        assertEquals(PARAGRAPH, browser.js("return new URL(arguments[0]).searchParams.get('claim')", open));
        assertEquals("verify", browser.js("return new URL(arguments[0]).searchParams.get('mode')", open));
        browser.screenshot("32-embed-paragraph");
    }

    @Test
    void theEmbedScriptChecksItsOwnTextInACardSizedToItsContent() {
        browser.driver.get(root.toString());
        browser.js("""
                document.body.className = '';
                document.body.textContent = '';
                const h = document.createElement('h1');
                h.textContent = 'Homework: a summary';
                document.body.appendChild(h);
                const s = document.createElement('script');
                s.src = '/embed.js';
                s.dataset.mode = 'verify-text';
                s.text = '\\n    ' + arguments[0].split('. ').join('.\\n    ') + '\\n  ';
                document.body.appendChild(s);""", PARAGRAPH);
        WebElement frame = browser.waitUpTo(10).until(d -> {
            List<WebElement> frames = d.findElements(By.cssSelector("iframe.citeqa-embed"));
            return frames.isEmpty() ? null : frames.get(0);
        });
        assertEquals(PARAGRAPH, browser.js("return new URL(arguments[0].src).searchParams.get('text')", frame),
                "the script's own text, its markup's line breaks and indents dropped");
        assertEquals("verify-text", browser.js("return new URL(arguments[0].src).searchParams.get('mode')", frame));
        browser.driver.switchTo().frame(frame);
        WebElement result = browser.waitUpTo(60).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=paragraph-result][aria-busy=false]"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertEquals(3, sentences(result).size());
        long inner = ((Number) browser.js("return Math.ceil(document.documentElement.getBoundingClientRect().height)"))
                .longValue();
        browser.driver.switchTo().defaultContent();
        browser.waitUpTo(10).until(d -> Math.abs(((Number) browser.js(
                "return arguments[0].getBoundingClientRect().height", frame)).longValue() - inner) <= 1);
        long before = ((Number) browser.js("return arguments[0].getBoundingClientRect().height", frame)).longValue();

        browser.driver.switchTo().frame(frame);
        sentences(browser.driver.findElement(By.cssSelector("[data-testid=paragraph-result]"))).get(0).click();
        browser.driver.switchTo().defaultContent();
        long after = browser.waitUpTo(10).until(d -> {
            long h = ((Number) browser.js("return arguments[0].getBoundingClientRect().height", frame)).longValue();
            return h > before + 40 ? h : null;
        });
        assertTrue(after < 2000, "the card grew to show the evidence: " + before + " -> " + after);
        browser.screenshot("33-embed-script-paragraph");
    }
}
