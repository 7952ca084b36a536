package org.citeqa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.citeqa.answer.HedgedAnswersTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A hedged answer in the chat page and the embed card: the note saying the documents only may answer, the short answer
 * in bold above the quote, and the quote without the hedge repeated in it.
 */
@QuarkusTest
@TestProfile(HedgedAnswersTest.EverythingHedged.class)
class HedgedAnswerBrowserTest extends BrowserTestBase {

    private static final String QUESTION = "Where was the Sea Aster built?";
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void assertHedgedWithShortAnswer(WebElement answer) {
        WebElement hedge = answer.findElement(By.cssSelector("[data-testid=hedged]"));
        assertTrue(browser.textContent(hedge).contains("The documents may answer this"));
        WebElement shortAnswer = answer.findElement(By.cssSelector("[data-testid=short-answer] strong"));
        assertEquals("Gdansk", browser.textContent(shortAnswer));
        String quoted = browser.textContent(answer.findElement(By.cssSelector(".answer-text")));
        assertTrue(quoted.contains("built in Gdansk"), quoted);
        assertFalse(quoted.contains("may answer"), "the hedge is a note, not repeated in the quote: " + quoted);
    }

    @Test
    void theChatShowsTheHedgeAndTheShortAnswerAboveTheQuote() {
        browser.driver.get(root + "?q=" + encode(QUESTION));
        WebElement answer = browser.waitUpTo(90).until(d -> d.findElements(By.cssSelector("[data-testid=answer]"))
                .stream().filter(a -> !a.findElements(By.cssSelector(".answer-text")).isEmpty()).findFirst().orElse(null));
        assertHedgedWithShortAnswer(answer);
    }

    @Test
    void theEmbedCardShowsThemToo() {
        browser.driver.get(root + "embed?q=" + encode(QUESTION));
        WebElement answer = browser.waitUpTo(90).until(d -> d.findElements(By.cssSelector("[data-testid=answer]"))
                .stream().filter(a -> !a.findElements(By.cssSelector(".answer-text")).isEmpty()).findFirst().orElse(null));
        assertHedgedWithShortAnswer(answer);
    }
}
