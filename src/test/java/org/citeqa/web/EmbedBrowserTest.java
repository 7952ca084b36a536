package org.citeqa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The /embed card and the /embed.js loader in headless Chromium. */
@QuarkusTest
class EmbedBrowserTest extends BrowserTestBase {

    @AfterEach
    void backToTop() {
        if (browser != null) {
            browser.driver.switchTo().defaultContent();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void embedRendersAnAnswerCard() {
        browser.driver.get(root + "embed?q=" + encode(ChatPageBrowserTest.QUESTION));
        WebElement answer = waitUpTo(90).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=embed-card] [data-testid=answer]"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertTrue(answer.getText().contains("Thaci"), answer.getText());
        assertTrue(!answer.findElements(By.cssSelector("[data-cite='1']")).isEmpty(), "a citation marker");
        WebElement card = browser.driver.findElement(By.cssSelector("[data-testid=embed-card]"));
        assertTrue(card.getText().contains(ChatPageBrowserTest.QUESTION), "the card shows the question");
        WebElement open = card.findElement(By.cssSelector("a.embed-open"));
        assertEquals(root + "?q=" + encode(ChatPageBrowserTest.QUESTION), open.getAttribute("href"));
        browser.screenshot("11-embed-card");
        assertTrue(browser.consoleErrors().isEmpty());
    }

    @Test
    void embedScriptInsertsASelfSizingFrame() {
        // A page of the service's own origin (allowed by the default frame-ancestors 'self') pastes the snippet.
        browser.driver.get(root.toString());
        browser.js("""
                document.body.className = '';
                document.body.textContent = '';
                const h = document.createElement('h1');
                h.textContent = 'Lesson: Kosovo';
                document.body.appendChild(h);
                const s = document.createElement('script');
                s.src = '/embed.js';
                s.dataset.question = arguments[0];
                document.body.appendChild(s);""", ChatPageBrowserTest.QUESTION);
        WebElement frame = waitUpTo(10).until(d -> {
            List<WebElement> frames = d.findElements(By.cssSelector("iframe.citeqa-embed"));
            return frames.isEmpty() ? null : frames.get(0);
        });
        assertTrue(frame.getAttribute("src").startsWith(root + "embed?q="), frame.getAttribute("src"));
        browser.driver.switchTo().frame(frame);
        waitUpTo(90).until(d -> !d.findElements(By.cssSelector("[data-testid=embed-card] [data-testid=answer]")).isEmpty());
        browser.driver.switchTo().defaultContent();
        long cardHeight = waitUpTo(10).until(d -> {
            Number h = (Number) browser.js("return arguments[0].getBoundingClientRect().height", frame);
            return h.longValue() != 200 ? h.longValue() : null;
        });
        assertTrue(cardHeight > 150 && cardHeight < 2000, "the frame took its card's height: " + cardHeight);
        browser.screenshot("12-embed-script");
    }

    @Test
    void foreignSitesCannotFrameTheCardByDefault() {
        // The same server under another host name is another origin, which the default frame-ancestors 'self'
        // does not allow. /q/health stands in for the foreign page: it has no CSP, so the snippet may load.
        String other = root.getHost().equals("localhost")
                ? root.toString().replace("//localhost", "//127.0.0.1")
                : root.toString().replace("//" + root.getHost(), "//localhost");
        browser.driver.get(other + "q/health");
        browser.js("""
                const s = document.createElement('script');
                s.src = arguments[0];
                s.dataset.question = 'Who led the delegation?';
                document.body.appendChild(s);""", root + "embed.js");
        WebElement frame = waitUpTo(10).until(d -> {
            List<WebElement> frames = d.findElements(By.cssSelector("iframe.citeqa-embed"));
            return frames.isEmpty() ? null : frames.get(0);
        });
        List<String> refusals = new java.util.ArrayList<>();
        waitUpTo(15).until(d -> {
            browser.consoleErrors().stream().filter(m -> m.contains("frame-ancestors")).forEach(refusals::add);
            return !refusals.isEmpty();
        });
        browser.driver.switchTo().frame(frame);
        assertTrue(browser.driver.findElements(By.cssSelector("[data-testid=embed-card]")).isEmpty(),
                "the card must not render inside a page of another origin");
    }

    @Test
    void embedEvidenceShowsThePartAroundTheDecidingWords() {
        browser.driver.get(root + "embed?mode=verify&claim=" + encode("The Rambouillet conference was held in Austria."));
        WebElement quote = waitUpTo(90).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=verify-result] .card-quote"));
            return found.isEmpty() ? null : found.get(0);
        });
        String shown = (String) browser.js("return arguments[0].textContent", quote);
        assertTrue(shown.startsWith("\u2026") && shown.contains("Rambouillet, France"), shown);
        WebElement france = quote.findElements(By.cssSelector("mark.cue")).stream()
                .filter(m -> ((String) browser.js("return arguments[0].textContent", m)).contains("France")).findFirst()
                .orElseThrow();
        assertTrue((Boolean) browser.js("const m = arguments[0].getBoundingClientRect(), q = arguments[1].getBoundingClientRect();"
                + "return m.height > 0 && m.top >= q.top && m.bottom <= q.bottom + 1;", france, quote));
        browser.screenshot("13-embed-evidence-excerpt");
    }
}
