package org.citeqa.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** The scripted claim judge, and a time budget small enough for three slow sentences to run it out. */
public class ParagraphProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedJudge.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("citeqa.api.request-budget", "3s");
    }
}
