package org.citeqa.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citeqa.corpus.Sidecar;

/**
 * The landing page's example questions and claims: those configured ({@code citeqa.web.examples},
 * {@code citeqa.web.claim-examples}), else those the documents' sidecar files give ({@code example.N},
 * {@code claim.N}), taken in turn from each document; none when there are none, so a corpus never shows examples
 * that are not about it.
 */
public record Examples(List<String> questions, List<String> claims) {

    static final int MAX_FROM_DOCUMENTS = 4;

    static Examples of(WebConfig config, Path corpusDir, List<String> documentIds) {
        List<Sidecar> sidecars = documentIds.stream().map(id -> Sidecar.of(corpusDir, id)).toList();
        return new Examples(pick(config.examples(), sidecars, "example"), pick(config.claimExamples(), sidecars, "claim"));
    }

    private static List<String> pick(Optional<List<String>> configured, List<Sidecar> sidecars, String key) {
        if (configured.isPresent()) {
            return configured.get().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        List<List<String>> perDocument = sidecars.stream().map(s -> s.numbered(key)).toList();
        List<String> picked = new ArrayList<>();
        for (int round = 0; picked.size() < MAX_FROM_DOCUMENTS; round++) {
            boolean any = false;
            for (List<String> examples : perDocument) {
                if (round < examples.size() && picked.size() < MAX_FROM_DOCUMENTS && !picked.contains(examples.get(round))) {
                    picked.add(examples.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return List.copyOf(picked);
    }
}
