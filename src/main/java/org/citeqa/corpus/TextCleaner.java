package org.citeqa.corpus;

// TEMPORARY stand-in until the cleaning branch lands.
public final class TextCleaner {
    public String clean(String raw, boolean markdown) {
        StringBuilder out = new StringBuilder();
        for (String para : raw.replace("\r\n", "\n").split("\n\\s*\n")) {
            String p = para.replaceAll("\\s+", " ").trim();
            if (!p.isEmpty()) { if (out.length() > 0) out.append("\n\n"); out.append(p); }
        }
        return out.toString();
    }
}
