package org.citeqa.corpus;

import static org.citeqa.corpus.CleanerTestSupport.cleanMarkdown;
import static org.citeqa.corpus.CleanerTestSupport.cleanText;
import static org.citeqa.corpus.CleanerTestSupport.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 1: short call-to-action, footer and bare-link paragraphs are dropped; headings and prose stay. */
class BoilerplateFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Find a Security Clearance Job!",
            "Join the mailing list",
            "To contact the editors and the publisher visit:",
            "Subscribe to our newsletter",
            "Sign up for free",
            "Share this",
            "Follow us on Twitter",
            "Click here to read more",
            "Contact us",
            "Copyright © 2021 Example Media",
            "Example Media. All rights reserved.",
            "http://example.org/about",
            "www.example.org",
            "example.org/contact",
    })
    void recognisesBoilerplate(String paragraph) {
        assertTrue(BoilerplateFilter.isBoilerplate(paragraph), paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Acme - Foreign Relations",
            "Join the army",
            "Contact Group statement",
            "Share prices fell sharply after the announcement of the new sanctions.",
            "Subscribers to the treaty agreed that the border would stay open to all traffic.",
    })
    void keepsHeadingsAndProse(String paragraph) {
        assertFalse(BoilerplateFilter.isBoilerplate(paragraph), paragraph);
    }

    @Test
    void neverDropsALongLineEvenIfItStartsLikeACallToAction() {
        String prose = "Subscribe to the view that the province should remain autonomous, the minister said, "
                + "and you will find few allies in the region.";
        assertFalse(BoilerplateFilter.isBoilerplate(prose));
    }

    @Test
    void dropsHeaderAndFooterOfAWebPageButKeepsItsArticle() {
        String raw = lines(
                "Find a Security Clearance Job!",
                "",
                "Acme - Foreign Relations",
                "",
                "Acme has relations with many states.",
                "",
                "To contact the editors and the",
                "publisher visit:",
                "",
                "**[example.org/contact](http://example.org/contact)**",
                "",
                "Join the mailing list");
        assertEquals("Acme - Foreign Relations\n\nAcme has relations with many states.", cleanText(raw));
    }

    @Test
    void aMarkdownLinkParagraphStaysWhenItsTextIsNotBoilerplate() {
        assertEquals("Treaty of Example", cleanMarkdown("[Treaty of Example](http://example.org/treaty)"));
        assertEquals("", cleanMarkdown("[Read more](http://example.org/more)"));
    }
}
