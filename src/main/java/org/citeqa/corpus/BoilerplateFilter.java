package org.citeqa.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises web-page boilerplate paragraphs: calls to action, footers, bare links.
 * Only short paragraphs are ever candidates, so prose is never dropped, and the patterns need a
 * call-to-action wording, so a short heading ("Brannock - Tidal Observatory") is not boilerplate.
 */
final class BoilerplateFilter {

    static final int MAX_LENGTH = 80;
    // A short paragraph ending in "." with more words than this reads like a sentence of prose.
    private static final int MAX_WORDS_OF_A_FOOTER_SENTENCE = 8;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> CALLS_TO_ACTION = List.of(
            Pattern.compile("^(un)?subscribe\\b", FLAGS),
            Pattern.compile("^(sign (up|in)|log ?in|register (now|here|today|for free))\\b", FLAGS),
            Pattern.compile("^join (us|the|our)\\b.*\\b(mailing list|newsletter|list|community|conversation|discussion)\\b", FLAGS),
            Pattern.compile("^(find|browse|search)\\b.*\\b(jobs?|careers?)\\b", FLAGS),
            Pattern.compile("^(share|follow|like) (this|us|on)\\b", FLAGS),
            Pattern.compile("^(click|tap) here\\b", FLAGS),
            Pattern.compile("^(contact|email|support) us\\b", FLAGS),
            Pattern.compile("^(donate|buy|order) (now|today|here)\\b", FLAGS),
            Pattern.compile("^(read more|continue reading|back to top|skip to (main )?content|advertisement|sponsored content)\\b", FLAGS),
            Pattern.compile("^related (articles|posts|stories|links)\\b", FLAGS),
            Pattern.compile("^(print|email|share) this (page|article|story)\\b", FLAGS),
            Pattern.compile("^(terms of (use|service)|privacy policy|cookie (policy|settings)|accept (all )?cookies)\\b", FLAGS),
            // "To contact the editors and the Harbour Society visit:" — an instruction leading to a link.
            Pattern.compile("^to (contact|reach|subscribe|unsubscribe|join|donate|support|advertise)\\b.*(:|\\bvisit|\\bhere|\\bclick)$", FLAGS),
            Pattern.compile("^(copyright\\b|©|\\(c\\) \\d{4})", FLAGS),
            Pattern.compile("\\ball rights reserved\\b", FLAGS));

    // A paragraph that is only an address: "http://...", "www.example.org", "wsws.org/contact".
    private static final Pattern ONLY_A_LINK = Pattern.compile(
            "^<?(?:(?:https?|ftp)://\\S+|www\\.\\S+|mailto:\\S+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:/\\S*)?)>?$");

    private BoilerplateFilter() {
    }

    /** {@code paragraph} is one cleaned paragraph (single line, Markdown already stripped). */
    static boolean isBoilerplate(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > MAX_LENGTH) {
            return false;
        }
        if (ONLY_A_LINK.matcher(p).matches()) {
            return true;
        }
        return !readsLikeProseSentence(p) && CALLS_TO_ACTION.stream().anyMatch(pattern -> pattern.matcher(p).find());
    }

    private static boolean readsLikeProseSentence(String p) {
        return p.endsWith(".") && p.split(" ").length > MAX_WORDS_OF_A_FOOTER_SENTENCE;
    }
}
