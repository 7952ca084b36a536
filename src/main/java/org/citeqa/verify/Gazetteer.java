package org.citeqa.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place names, read once from {@code verify/places.txt}: a claim's place and an evidence's other place for the
 * same event are rival values, while two arbitrary capitalised words need not be.
 */
@jakarta.inject.Singleton
public final class Gazetteer {

    private static final String RESOURCE = "verify/places.txt";
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> places;

    public Gazetteer() {
        this(load());
    }

    Gazetteer(Set<String> places) {
        this.places = Set.copyOf(places);
    }

    public boolean isPlace(String name) {
        return places.contains(key(name));
    }

    static String key(String name) {
        String folded = StatementReader.fold(name).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(POSSESSIVE.matcher(folded).replaceAll("")).replaceAll(" ").strip();
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(key(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return names;
    }
}
