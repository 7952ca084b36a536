package org.citeqa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.citeqa.corpus.TestFiles;
import org.citeqa.ingest.IngestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Documents panel in headless Chromium: hidden behind the admin token, then a list with format, pages, size and
 * date; a PDF uploaded through the file chooser with a progress bar, cited with its page in the source panel; a
 * document deleted after a confirmation; names shown as text, never as HTML.
 */
@QuarkusTest
@TestProfile(IngestProfile.class)
class DocumentsPanelBrowserTest extends BrowserTestBase {

    @AfterEach
    void noConsoleErrors() {
        if (browser != null) {
            List<String> errors = browser.consoleErrors().stream()
                    .filter(e -> !e.contains("/api/documents/.citeqa-token-check")).toList();
            assertTrue(errors.isEmpty(), "the page logged errors (CSP violations or script errors): " + errors);
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
    }

    private WebElement find(String testId) {
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=" + testId + "]")));
    }

    private void openPanelWithToken() {
        browser.driver.get(root.toString());
        browser.js("sessionStorage.clear()");
        browser.driver.navigate().refresh();
        find("question");
        find("docs-open").click();
        WebElement token = find("docs-token");
        token.sendKeys("not-the-token");
        find("docs-unlock").click();
        WebElement error = find("docs-error");
        assertTrue(error.getText().contains("not valid"), error.getText());
        assertTrue(browser.driver.findElements(By.cssSelector("[data-testid=docs-file]")).isEmpty(),
                "nothing to manage before the token is accepted");
        token.clear();
        token.sendKeys(IngestProfile.TOKEN + Keys.ENTER);
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("[data-testid=docs-list] .docs-item")).size() >= 3);
        assertEquals(IngestProfile.TOKEN, browser.js("return sessionStorage.getItem('citeqa.adminToken')"));
    }

    @Test
    void uploadsAPdfWithProgressAndItsCitationShowsThePage() throws Exception {
        openPanelWithToken();
        WebElement list = find("docs-list");
        assertTrue(list.getText().contains("TXT"), list.getText());
        browser.screenshot("10-documents-panel");

        byte[] pdf = TestFiles.pdf("Vardar flood barrier <img src=x onerror=alert(1)>", List.of(
                new TestFiles.PdfPage(List.of("Vardar flood barrier", "", "The city council reviewed the barrier plans in",
                        "the spring.")),
                new TestFiles.PdfPage(List.of("The Vardar flood barrier in Skopje was raised by ninety centimetres",
                        "in 2024 after the floods of the previous winter."))));
        Path file = Files.write(Files.createTempDirectory("citeqa-upload-").resolve("vardar-barrier.pdf"), pdf);
        browser.driver.findElement(By.cssSelector("[data-testid=docs-file]")).sendKeys(file.toString());
        WebElement upload = find("docs-upload");
        assertFalse(upload.findElements(By.tagName("progress")).isEmpty() && upload.getText().isEmpty());
        waitUpTo(120).until(d -> upload.getText().contains("Added"));
        assertTrue(upload.getText().contains("2 pages"), upload.getText());
        WebElement item = waitUpTo(30).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-doc='vardar-barrier']"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertTrue(item.getText().contains("PDF · 2 pages"), item.getText());
        assertTrue(item.getText().contains("<img src=x onerror=alert(1)>"), "the title is shown as text: " + item.getText());
        assertEquals(0L, browser.js("return document.querySelectorAll('.docs-panel img').length"));
        browser.screenshot("11-uploaded");

        // Ask about it: the citation's source panel names the page.
        browser.driver.findElement(By.cssSelector(".docs-panel .panel-head button")).click();
        WebElement box = find("question");
        box.sendKeys("How much was the Vardar flood barrier in Skopje raised in 2024?" + Keys.ENTER);
        WebElement answer = waitUpTo(90).until(d -> {
            List<WebElement> answers = d.findElements(By.cssSelector("[data-testid=answer][aria-busy=false]"));
            return answers.isEmpty() ? null : answers.get(0);
        });
        assertTrue(answer.getText().contains("ninety centimetres"), answer.getText());
        assertTrue(answer.findElement(By.cssSelector(".card-page")).getText().contains("p. 2"));
        answer.findElement(By.cssSelector("[data-cite='1']")).click();
        WebElement kicker = find("source-panel").findElement(By.id("panel-kicker"));
        waitUpTo(10).until(d -> ((String) browser.js("return arguments[0].textContent", kicker)).endsWith("· p. 2"));
        browser.screenshot("12-cited-page");
    }

    @Test
    void deletesADocumentAfterAConfirmation() throws Exception {
        openPanelWithToken();
        Path file = Files.writeString(Files.createTempDirectory("citeqa-upload-").resolve("short-note.txt"),
                "Short note\n\nThe ferry to Ohrid leaves at nine.\n");
        browser.driver.findElement(By.cssSelector("[data-testid=docs-file]")).sendKeys(file.toString());
        WebElement item = waitUpTo(120).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-doc='short-note']"));
            return found.isEmpty() ? null : found.get(0);
        });
        item.findElement(By.cssSelector("button[aria-label^='Delete']")).click();
        WebElement confirm = item.findElement(By.cssSelector("[data-testid=docs-confirm]"));
        assertTrue(item.getText().contains("Delete “Short note”?"), item.getText());
        browser.screenshot("13-confirm-delete");
        confirm.click();
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("[data-doc='short-note']")).isEmpty());
        assertEquals(404, io.restassured.RestAssured.given().get("/api/documents/short-note").statusCode());

        // A refused upload shows the service's reason.
        Path empty = Files.write(Files.createTempDirectory("citeqa-upload-").resolve("empty.pdf"), new byte[0]);
        browser.driver.findElement(By.cssSelector("[data-testid=docs-file]")).sendKeys(empty.toString());
        waitUpTo(30).until(d -> d.findElements(By.cssSelector(".docs-upload.failed")).size() == 1);
        assertTrue(browser.driver.findElement(By.cssSelector(".docs-upload.failed")).getText().contains("empty"));
    }
}
